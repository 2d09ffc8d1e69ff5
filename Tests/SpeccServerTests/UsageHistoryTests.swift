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

    /// A flush larger than one statement's worth of rows writes every row, each with its own values, and
    /// `lastUsedAt` takes the newest time of the whole batch.
    @Test func aBatchSpanningSeveralStatementsKeepsEveryRow() async throws {
        let server = try await TestServer.start()
        let key = try await server.issueKey(scopes: ["scans:read"])
        let count = Store.usageRowsPerStatement * 2 + 7
        let base = Date(timeIntervalSince1970: 1_800_000_000)
        var entries: [UsageEntry] = []
        for index in 0..<count {
            let method: String = index % 2 == 0 ? "GET" : "POST"
            let ip: String? = index % 3 == 0 ? nil : "127.0.0.\(index % 250)"
            let agent: String? = index % 4 == 0 ? nil : "agent \(index)"
            let stamp = Timestamp.text(base.addingTimeInterval(Double(index)))
            entries.append(
                UsageEntry(
                    keyId: key.id, endpoint: "/api/e\(index)", method: method, status: 200 + index % 5,
                    durationMs: Double(index) / 4, ip: ip, userAgent: agent, occurredAt: stamp))
        }
        // Read back beside the server: its read cache does not see this side connection's writes.
        let (rows, lastUsed) = try await server.withSideStore { store, database in
            try await store.recordUsage(entries)
            let rows = try await database.query(
                "SELECT endpoint, method, status, duration_ms, ip, user_agent, occurred_at FROM key_usage WHERE key_id = ? ORDER BY occurred_at",
                [.text(key.id)])
            let key = try await database.query("SELECT last_used_at FROM api_keys WHERE id = ?", [.text(key.id)])
            return (rows, key.first?.optionalString("last_used_at"))
        }
        #expect(rows.count == count)
        for (row, entry) in zip(rows, entries) {
            #expect(row.optionalString("endpoint") == entry.endpoint)
            #expect(row.optionalString("method") == entry.method)
            #expect(try row.int("status") == entry.status)
            #expect(row.values["duration_ms"]?.double == entry.durationMs)
            #expect(row.optionalString("ip") == entry.ip)
            #expect(row.optionalString("user_agent") == entry.userAgent)
            #expect(row.optionalString("occurred_at") == entry.occurredAt)
        }
        #expect(lastUsed == entries.last?.occurredAt)
        await server.stopAndRemove()
    }
}
