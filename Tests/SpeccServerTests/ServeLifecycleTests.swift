import Foundation
import Testing
import TestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@testable import SpeccServer

/// The process around the API: the docs site under /docs, SIGTERM letting an upload in flight finish.
@Suite(.serialized) struct ServeLifecycleTests {
    @Test func theDocsSiteIsServedUnderDocs() async throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("specc-docs-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: site) }
        try "<!doctype html><title>docs home</title>".write(
            to: site.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        let server = try await TestServer.start { $0.siteDirectory = site.path }
        let home = try await server.send("GET", "/docs/index.html")
        #expect(home.status == 200)
        #expect(home.text.contains("docs home"))
        let folder = try await server.send("GET", "/docs/")
        #expect(folder.status == 200)
        let missing = try await server.send("GET", "/docs/nothing-here.html")
        #expect(missing.status == 404)
        // The API is still answered beside the files.
        #expect(try await server.send("GET", "/api/health").status == 200)
        await server.stopAndRemove()
    }

    @Test func aKnownPathWithAnotherMethodIs405WithAllow() async throws {
        let server = try await TestServer.start()
        let delete = try await server.send("DELETE", "/api/health")
        #expect(delete.status == 405)
        #expect(delete.headers["allow"] == "GET")
        #expect(delete.errorCode == "method_not_allowed")
        let keys = try await server.send("PUT", "/api/api-keys/7c1d5e9a-2f4b-4a6c-8d3e-9f0a1b2c3d45", key: server.ownerKey)
        #expect(keys.status == 405)
        #expect(keys.headers["allow"] == "GET, PATCH")
        let unknown = try await server.send("GET", "/api/nothing-here")
        #expect(unknown.status == 404)
        await server.stopAndRemove()
    }

    @Test func sigtermLetsAnUploadInFlightFinish() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specc-term-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database: DatabaseLocation =
            TestServer.backend == .postgres
            ? .postgres(url: try await PostgresTestDatabases.create())
            : .sqlite(path: folder.appendingPathComponent("term.sqlite").path)
        let first = try ServeProcess(database: database)
        let key = try #require(first.ownerKey)
        let endpoints = (0..<2000).map { index in
            ["method": "GET", "path": "/r\(index)", "operationId": "op\(index)", "tags": ["T"], "summary": "s"] as [String: Any]
        }
        let body: [String: Any] = [
            "service": ["name": "Shutdown"], "spec": ["hash": String(repeating: "c", count: 64), "format": "openapi"],
            "endpoints": endpoints, "findings": [],
        ]
        var request = URLRequest(url: URL(string: first.baseURL + "/api/scans/ingest")!)
        request.httpMethod = "POST"
        request.setValue("Bearer " + key, forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let prepared = request
        let upload = Task { () -> (Int, String?) in
            let (data, response) = try await CrashTests.session.data(for: prepared)
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            return ((response as! HTTPURLResponse).statusCode, object?["scanRunId"] as? String)
        }
        try await Task.sleep(for: .milliseconds(20))
        first.process.terminate()  // SIGTERM while the upload is being read or stored
        let (status, answeredRun) = try await upload.value
        first.process.waitUntilExit()
        #expect(first.process.terminationStatus == 0, "\(first.stderr)")
        #expect(status == 201, "the upload in flight must be answered, not cut off")
        let runId = try #require(answeredRun)

        let second = try ServeProcess(database: database)
        let stored = try await CrashTests.get(second.baseURL + "/api/scans/" + runId, key: key)
        #expect(stored["endpointCount"] as? Int == 2000)
        second.terminate()
        if case .postgres(let url) = database { await PostgresTestDatabases.drop(url) }
    }
}
