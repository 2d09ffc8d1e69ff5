import Foundation
import Synchronization
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@testable import SpeccServer

/// Durability: a 201 means the key is on disk. The server is killed with SIGKILL while 1,000 key creations
/// are in flight; after a restart every key whose creation was answered 201 must exist and authenticate.
@Suite(.serialized) struct CrashTests {
    @Test func everyAcknowledgedKeySurvivesKill9() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specc-crash-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database: DatabaseLocation =
            TestServer.backend == .postgres
            ? .postgres(url: try await PostgresTestDatabases.create())
            : .sqlite(path: folder.appendingPathComponent("crash.sqlite").path)
        defer {
            try? FileManager.default.removeItem(at: folder)
        }
        let first = try ServeProcess(database: database)
        let owner = try #require(first.ownerKey)
        let me = try await Self.get(first.baseURL + "/api/me", key: owner)
        let ownerId = try #require(((me["principal"] as? [String: Any])?["id"]) as? String)

        // 1,000 creations, 50 at a time; the server is killed once 300 have been answered.
        let tally = Tally()
        let total = 1000
        let killAfter = 300
        let base = first.baseURL
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<total {
                if index >= 50 { await group.next() }
                group.addTask {
                    let body: [String: Any] = [
                        "name": "crash \(index)", "owner": ["type": "user", "id": ownerId], "scopes": ["scans:read"],
                    ]
                    let result = try? await Self.post(base + "/api/api-keys", key: owner, json: body)
                    var created: (String, String)?
                    if let (status, object) = result, status == 201, let id = object["id"] as? String,
                        let raw = object["rawKey"] as? String
                    {
                        created = (id, raw)
                    }
                    if tally.answer(created) == killAfter { first.kill9() }
                }
            }
        }
        first.kill9()
        let keys = tally.keys
        #expect(keys.count >= killAfter / 2, "only \(keys.count) creations were acknowledged before the kill")
        #expect(keys.count < total, "the server was not killed before all creations finished")

        let second = try ServeProcess(database: database)
        defer { second.terminate() }
        #expect(second.ownerKey == nil, "a restart must not bootstrap again")
        var missing: [String] = []
        for key in keys {
            let record = try await Self.status(second.baseURL + "/api/api-keys/" + key.id, key: owner)
            let works = try await Self.status(second.baseURL + "/api/me", key: key.raw)
            if record != 200 || works != 200 { missing.append(key.id) }
        }
        #expect(missing.isEmpty, "\(missing.count) of \(keys.count) acknowledged keys were lost: \(missing.prefix(5))")
        if case .postgres(let url) = database {
            second.terminate()
            await PostgresTestDatabases.drop(url)
        }
    }

    /// Answers counted from many tasks.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var answered = 0
        private var created: [(id: String, raw: String)] = []

        /// Counts one answer (with the key when it was a 201) and returns how many there were so far.
        func answer(_ key: (String, String)?) -> Int {
            lock.withLock {
                answered += 1
                if let key { created.append((key.0, key.1)) }
                return answered
            }
        }

        var keys: [(id: String, raw: String)] { lock.withLock { created } }
    }

    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 64
        configuration.timeoutIntervalForRequest = 30
        return URLSession(configuration: configuration)
    }()

    static func post(_ url: String, key: String, json: [String: Any]) async throws -> (Int, [String: Any]) {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = "POST"
        request.setValue("Bearer " + key, forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: json)
        let (data, response) = try await session.data(for: request)
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return ((response as! HTTPURLResponse).statusCode, object)
    }

    static func status(_ url: String, key: String) async throws -> Int {
        var request = URLRequest(url: URL(string: url)!)
        request.setValue("Bearer " + key, forHTTPHeaderField: "Authorization")
        let (_, response) = try await session.data(for: request)
        return (response as! HTTPURLResponse).statusCode
    }

    static func get(_ url: String, key: String) async throws -> [String: Any] {
        var request = URLRequest(url: URL(string: url)!)
        request.setValue("Bearer " + key, forHTTPHeaderField: "Authorization")
        let (data, _) = try await session.data(for: request)
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }
}
