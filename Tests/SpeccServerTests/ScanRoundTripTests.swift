import Foundation
import Testing
import TestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@testable import SpeccServer

/// `specc scan` against a running `specc serve`, both as processes: every usable corpus document uploads,
/// and the comparison job of a second version of a service reports what changed.
@Suite(.serialized) struct ScanRoundTripTests {
    /// The usable 3.x documents of the corpus (the list CorpusStubTests generates stubs for).
    static let documents = CorpusDocuments.usable

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        /// The value of a `name: value` line.
        func field(_ name: String) -> String? {
            stdout.split(separator: "\n").first { $0.hasPrefix(name + ": ") }.map { String($0.dropFirst(name.count + 2)) }
        }
    }

    static func scan(service: String, spec: String, server: ServeProcess, key: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ServeProcess.binary)
        process.arguments = ["scan", "--service", service, "--spec", spec, "--api-url", server.baseURL]
        var environment = ProcessInfo.processInfo.environment
        environment["SPECC_API_KEY"] = key
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func location(in folder: URL) async throws -> DatabaseLocation {
        TestServer.backend == .postgres
            ? .postgres(url: try await PostgresTestDatabases.create())
            : .sqlite(path: folder.appendingPathComponent("scan.sqlite").path)
    }

    @Test func everyUsableCorpusDocumentUploads() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specc-scan-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await Self.location(in: folder)
        let server = try ServeProcess(database: database)
        let key = try #require(server.ownerKey)
        for document in Self.documents {
            let path = TestPaths.corpus + "/" + document
            let run = try Self.scan(service: String(document.split(separator: "/")[0]), spec: path, server: server, key: key)
            #expect(run.status == 0, "\(document): \(run.stderr)")
            let runId = try #require(run.field("scan run"), "\(document): \(run.stdout)")
            let stored = try await CrashTests.get(server.baseURL + "/api/scans/" + runId, key: key)
            #expect(stored["endpointCount"] as? Int == run.field("endpoints").flatMap { Int($0) }, "\(document)")
            #expect(!run.stdout.contains(key) && !run.stderr.contains(key), "the key must never be printed")
        }
        server.terminate()
        if case .postgres(let url) = database { await PostgresTestDatabases.drop(url) }
    }

    @Test func theJobReportsTheDifferenceBetweenTwoVersions() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specc-scan-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("v1.yaml")
        let second = folder.appendingPathComponent("v2.yaml")
        try Self.version(paths: ["/pets": "listPets", "/pets/{petId}": "showPet"]).write(to: first, atomically: true, encoding: .utf8)
        try Self.version(paths: ["/pets": "listAllPets", "/owners": "listOwners"]).write(to: second, atomically: true, encoding: .utf8)

        let database = try await Self.location(in: folder)
        let server = try ServeProcess(database: database)
        let key = try #require(server.ownerKey)
        let one = try Self.scan(service: "Pets", spec: first.path, server: server, key: key)
        #expect(one.status == 0, "\(one.stderr)")
        let two = try Self.scan(service: "Pets", spec: second.path, server: server, key: key)
        #expect(two.status == 0, "\(two.stderr)")
        let jobId = try #require(two.field("job"), "\(two.stdout)")

        var job: [String: Any] = [:]
        for _ in 0..<200 {
            job = try await CrashTests.get(server.baseURL + "/api/jobs/" + jobId, key: key)
            if let status = job["status"] as? String, ["completed", "failed", "cancelled"].contains(status) { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(job["status"] as? String == "completed", "\(job)")
        let result = job["result"] as? [String: Any] ?? [:]
        func endpoints(_ name: String) -> [String] {
            (result[name] as? [[String: Any]] ?? []).map { "\($0["method"] as? String ?? "") \($0["path"] as? String ?? "")" }
        }
        #expect(endpoints("added") == ["GET /owners"])
        #expect(endpoints("removed") == ["GET /pets/{petId}"])
        #expect(endpoints("changed") == ["GET /pets"])
        server.terminate()
        if case .postgres(let url) = database { await PostgresTestDatabases.drop(url) }
    }

    /// A small document with one GET per path, operation ids as given.
    static func version(paths: [String: String]) -> String {
        var text = "openapi: 3.1.0\ninfo: {title: Pets, version: '1'}\nservers: [{url: 'https://pets.example'}]\npaths:\n"
        for (path, id) in paths.sorted(by: { $0.key < $1.key }) {
            text += "  \(path):\n    get:\n      operationId: \(id)\n      summary: \(id)\n"
            if path.contains("{petId}") {
                text += "      parameters: [{name: petId, in: path, required: true, schema: {type: string}}]\n"
            }
            text += "      responses: {'200': {description: ok}}\n"
        }
        return text
    }
}
