import Foundation
import Testing

@testable import SpeccServer

/// Authenticated requests are recorded per key (in batches) and `lastUsedAt` follows.
@Suite struct UsageHistoryTests {
    @Test func usageListsTemplatesMethodsAndStatuses() async throws {
        let server = try await TestServer.start()
        let upload = try await server.ingest(service: "S", endpoints: [TestServer.endpoint("GET", "/a")])
        let runId = upload.object["scanRunId"] as? String ?? ""
        let key = try await server.issueKey(scopes: ["scans:read", "scans:write"])
        #expect(key.record["lastUsedAt"] is NSNull)

        // URLSession on Linux sends its own User-Agent; this one goes over a plain socket to choose it.
        let first = try await RawHTTP.send(
            port: server.port,
            head: ["GET /api/me HTTP/1.1", "Host: 127.0.0.1", "Authorization: Bearer " + key.raw, "User-Agent: usage-test/1.0"])
        #expect(first.status == 200)
        #expect(try await server.send("GET", "/api/scans/" + runId + "?unused=1", key: key.raw).status == 200)
        #expect(try await server.send("GET", "/api/scans/\(UUID())", key: key.raw).status == 404)
        #expect(try await server.send("GET", "/api/jobs", key: key.raw).status == 403)
        #expect(try await server.ingest(service: "S", endpoints: [], key: key.raw, hash: "bad").status == 400)
        // Not this key's: unauthenticated and other keys' requests.
        _ = try await server.send("GET", "/api/me")

        let expected: [(endpoint: String, method: String, status: Int)] = [
            ("/api/scans/ingest", "POST", 400), ("/api/jobs", "GET", 403), ("/api/scans/{scanRunId}", "GET", 404),
            ("/api/scans/{scanRunId}", "GET", 200), ("/api/me", "GET", 200),
        ]
        var usage = try await server.send("GET", "/api/api-keys/\(key.id)/usage", key: server.ownerKey)
        let deadline = Date().addingTimeInterval(3)
        while usage.status == 200, usage.items.count < expected.count, Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            usage = try await server.send("GET", "/api/api-keys/\(key.id)/usage", key: server.ownerKey)
        }
        #expect(usage.status == 200)
        let entries = usage.items
        #expect(entries.count == expected.count, "\(usage.text)")
        #expect(entries.map { $0["endpoint"] as? String ?? "" } == expected.map(\.endpoint), "newest first, templates only")
        #expect(entries.map { $0["method"] as? String ?? "" } == expected.map(\.method))
        #expect(entries.map { $0["status"] as? Int ?? 0 } == expected.map(\.status))
        #expect(entries.last?["userAgent"] as? String == "usage-test/1.0")
        for entry in entries {
            #expect(!(entry["userAgent"] as? String ?? "").isEmpty)
            #expect(entry["ip"] as? String == "127.0.0.1")
            #expect((entry["durationMs"] as? Double ?? -1) >= 0)
            #expect(TestServer.parseDate(entry["occurredAt"]) != nil)
        }
        #expect(!usage.text.contains("unused"), "no query strings are kept")

        let paged = try await server.collectPages("/api/api-keys/\(key.id)/usage", limit: 2)
        #expect(paged.pageSizes == [2, 2, 1])
        #expect(paged.items.map { $0["endpoint"] as? String ?? "" } == expected.map(\.endpoint))

        let record = try await server.send("GET", "/api/api-keys/" + key.id, key: server.ownerKey)
        let lastUsed = TestServer.parseDate(record.object["lastUsedAt"])
        #expect(lastUsed != nil, "lastUsedAt follows the usage: \(record.text)")
        let newest = TestServer.parseDate(entries.first?["occurredAt"])
        #expect(lastUsed == newest)

        let other = try await server.issueKey(scopes: ["jobs:read"])
        let untouched = try await server.send("GET", "/api/api-keys/\(other.id)/usage", key: server.ownerKey)
        #expect(untouched.status == 200 && untouched.items.isEmpty)
        await server.stopAndRemove()
    }
}
