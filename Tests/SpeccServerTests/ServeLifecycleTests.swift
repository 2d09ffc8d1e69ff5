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
        // Without a 404.html in the site, a miss is a bare 404.
        #expect(!missing.text.contains("<base"))
        // With one, a miss at any depth gets that page, its relative links anchored at /docs/.
        try "<!doctype html><html><head><title>lost</title><link href=\"assets/site.css\"></head><body>not here</body></html>".write(
            to: site.appendingPathComponent("404.html"), atomically: true, encoding: .utf8)
        let withPage = try await TestServer.start { $0.siteDirectory = site.path }
        let deep = try await withPage.send("GET", "/docs/guides/old/page.html")
        #expect(deep.status == 404)
        #expect(deep.headers["content-type"] == "text/html; charset=utf-8")
        #expect(deep.text.contains("<head><base href=\"/docs/\"><title>lost</title>"))
        #expect(deep.text.contains("not here"))
        let head = try await withPage.send("HEAD", "/docs/gone.html")
        #expect(head.status == 404)
        #expect(head.text.isEmpty)
        // Files, folders and the API are unaffected; a miss outside /docs is not the docs page.
        #expect(try await withPage.send("GET", "/docs/index.html").status == 200)
        #expect(try await withPage.send("GET", "/docs/").status == 200)
        let api = try await withPage.send("GET", "/api/nothing-here")
        #expect(api.status == 404)
        #expect(!api.text.contains("not here"))
        await withPage.stopAndRemove()
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
        // The head and half the body go out, SIGTERM is sent while the server waits for the rest, then the rest
        // follows: the upload is in flight for sure, whatever the machine's speed.
        let json = try JSONSerialization.data(withJSONObject: body)
        let head = [
            "POST /api/scans/ingest HTTP/1.1", "Host: 127.0.0.1:\(first.port)", "Authorization: Bearer " + key,
            "Content-Type: application/json", "Content-Length: \(json.count)", "Connection: close", "", "",
        ].joined(separator: "\r\n")
        let request = Data(head.utf8) + json
        let port = first.port
        let process = first.process
        let answer = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Data, any Error>) in
            let thread = Thread {
                continuation.resume(
                    with: Result {
                        try RawHTTP.exchange(
                            port: port, request: request, pauseAfter: head.utf8.count + json.count / 2, pause: 0.5,
                            paused: {
                                Thread.sleep(forTimeInterval: 0.2)
                                process.terminate()  // SIGTERM with the upload half sent
                            })
                    })
            }
            thread.start()
        }
        first.process.waitUntilExit()
        #expect(first.process.terminationStatus == 0, "\(first.stderr)")
        let (status, _, responseBody) = try RawHTTP.parse(answer)
        #expect(status == 201, "the upload in flight must be answered, not cut off")
        let object = (try? JSONSerialization.jsonObject(with: responseBody)) as? [String: Any]
        let runId = try #require(object?["scanRunId"] as? String)

        let second = try ServeProcess(database: database)
        let stored = try await CrashTests.get(second.baseURL + "/api/scans/" + runId, key: key)
        #expect(stored["endpointCount"] as? Int == 2000)
        second.terminate()
        if case .postgres(let url) = database { await PostgresTestDatabases.drop(url) }
    }
}
