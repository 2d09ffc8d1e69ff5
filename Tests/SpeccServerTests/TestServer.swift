import Foundation
import Synchronization
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@testable import SpeccServer

/// A real `specc serve` on 127.0.0.1 (a free port) over a fresh SQLite file, for tests that speak HTTP.
final class TestServer: Sendable {
    let baseURL: String
    let ownerKey: String
    let databasePath: String
    let folder: URL
    private let task: Task<Void, any Error>

    private init(
        baseURL: String, ownerKey: String, databasePath: String, folder: URL, location: DatabaseLocation,
        task: Task<Void, any Error>
    ) {
        self.location = location
        self.baseURL = baseURL
        self.ownerKey = ownerKey
        self.databasePath = databasePath
        self.folder = folder
        self.task = task
    }

    /// The database the tests run against: SQLite unless `SPECC_TEST_BACKEND=postgres`, which needs
    /// `SPECC_TEST_POSTGRES_URL` (an admin URL; scripts/test starts such a server). The same suites run on both.
    static var backend: Backend {
        ProcessInfo.processInfo.environment["SPECC_TEST_BACKEND"] == "postgres" ? .postgres : .sqlite
    }

    enum Backend: Sendable { case sqlite, postgres }

    /// The server's database: the SQLite file, or the PostgreSQL URL of a database made for this server.
    let location: DatabaseLocation

    /// Starts a server; `configure` may change the configuration (database and port are set here). With the
    /// PostgreSQL backend each server gets a database of its own, dropped by `stopAndRemove`.
    static func start(
        databasePath: String? = nil, configure: (inout RuntimeServer.Configuration) -> Void = { _ in }
    ) async throws -> TestServer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specc-serve-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = databasePath ?? folder.appendingPathComponent("specc.sqlite").path
        var configuration = RuntimeServer.Configuration()
        configuration.database = .sqlite(path: path)
        if backend == .postgres, databasePath == nil {
            configuration.database = .postgres(url: try await PostgresTestDatabases.create())
        }
        configuration.port = 0
        configuration.rateLimit = 0
        configuration.siteDirectory = nil
        configuration.logLevel = .critical
        configure(&configuration)
        let server = RuntimeServer(configuration: configuration)
        let location = configuration.database
        let events = AsyncStream<RuntimeServer.Event>.makeStream()
        let task = Task {
            defer { events.continuation.finish() }
            try await server.run(stopsOnSignals: false) { events.continuation.yield($0) }
        }
        var owner = ""
        for await event in events.stream {
            switch event {
            case .ownerKey(let key): owner = key
            case .listening(_, let port):
                let base = "http://127.0.0.1:\(port)"
                return TestServer(
                    baseURL: base, ownerKey: owner, databasePath: path, folder: folder,
                    location: location, task: task)
            }
        }
        _ = try await task.value
        throw TestServerError.didNotStart
    }

    /// Stops the server and waits until it has flushed and closed the database.
    func stop() async {
        task.cancel()
        _ = try? await task.value
    }

    /// Stops the server and removes its files.
    func stopAndRemove() async {
        await stop()
        try? FileManager.default.removeItem(at: folder)
        if case .postgres(let url) = location { await PostgresTestDatabases.drop(url) }
    }

    /// How long a side connection (`openStore`, `withSideStore`) waits for the SQLite write lock the server
    /// holds; generous, because a loaded CI machine delays the server's commits. (CI once failed with
    /// "database is locked": both storages then shared sqlite-nio's two-thread pool, so a side connection's
    /// wait could block the very commit it waited for. Each storage now has threads of its own.)
    static let sideConnectionBusyTimeout = 60_000

    /// A `Store` beside the server on the same database, for setup the API has no operation for.
    func openStore(now: @escaping @Sendable () -> Date = { Date() }) async throws -> (Store, any SQLDatabase) {
        let database = try await location.open(sqliteBusyTimeoutMilliseconds: Self.sideConnectionBusyTimeout)
        return (Store(database: database, now: now), database)
    }

    /// One HTTP exchange. `key` goes in `Authorization: Bearer` (or `appkey` when `header` says so).
    func send(
        _ method: String, _ path: String, key: String? = nil, header: KeyHeader = .bearer, json: Any? = nil,
        rawBody: Data? = nil, headers: [String: String] = [:]
    ) async throws -> HTTPExchange {
        var request = URLRequest(url: URL(string: baseURL + path)!)
        request.httpMethod = method
        if let key {
            switch header {
            case .bearer: request.setValue("Bearer " + key, forHTTPHeaderField: "Authorization")
            case .appkey: request.setValue(key, forHTTPHeaderField: "appkey")
            }
        }
        if let json {
            request.httpBody = try JSONSerialization.data(withJSONObject: json)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        } else if let rawBody {
            request.httpBody = rawBody
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            fields[String(describing: name).lowercased()] = String(describing: value)
        }
        return HTTPExchange(status: http.statusCode, headers: fields, body: data)
    }

    enum KeyHeader: Sendable { case bearer, appkey }
}

enum TestServerError: Error { case didNotStart }

/// A response: status, lower-cased headers, body.
struct HTTPExchange: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    /// The body as a JSON object (empty when it is not one).
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
    }

    /// `error.code` of an error body.
    var errorCode: String? { (object["error"] as? [String: Any])?["code"] as? String }

    var text: String { String(decoding: body, as: UTF8.self) }
}
