import Foundation
import Logging
import Synchronization
import Testing

@testable import SpeccServer

/// A clock the tests move by hand (key expiry, application key rotation); starts at the real time.
final class TestClock: Sendable {
    private let current = Mutex<Date>(Date())

    var now: Date { current.withLock { $0 } }

    /// The closure `RuntimeServer.Configuration.now` takes.
    var closure: @Sendable () -> Date { { self.now } }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// Log lines the server wrote, for tests that check what reaches the log.
final class LogCapture: Sendable {
    private let stored = Mutex<[String]>([])

    var lines: [String] { stored.withLock { $0 } }

    /// A logger whose lines land here (every level).
    var logger: Logger {
        Logger(label: "specc.test") { label in CapturingHandler(label: label, capture: self) }
    }

    fileprivate func append(_ line: String) { stored.withLock { $0.append(line) } }

    struct CapturingHandler: LogHandler {
        let label: String
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        func log(event: LogEvent) {
            var all = metadata
            for (key, value) in event.metadata ?? [:] { all[key] = value }
            let rendered = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            capture.append("\(event.level) \(label) \(event.message) \(rendered) \(event.error.map { "\($0)" } ?? "")")
        }

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
    }
}

/// A key the tests created: its id, raw secret and the record the server answered with.
struct IssuedKey {
    var id: String
    var raw: String
    var record: [String: Any]
}

extension HTTPExchange {
    /// `items` of a page body.
    var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }

    /// `nextCursor` of a page body (nil when null or absent).
    var nextCursor: String? { object["nextCursor"] as? String }

    /// `error.details` of an error body.
    var details: [[String: Any]] { (object["error"] as? [String: Any])?["details"] as? [[String: Any]] ?? [] }

    /// `id` of the body.
    var id: String { object["id"] as? String ?? "" }
}

extension TestServer {
    /// The port the server listens on.
    var port: Int { Int(baseURL.split(separator: ":").last ?? "0") ?? 0 }

    /// Id of the owner user (the principal behind `ownerKey`).
    func ownerUserId() async throws -> String {
        let me = try await send("GET", "/api/me", key: ownerKey)
        #expect(me.status == 200, "GET /api/me with the owner key: \(me.text)")
        return (me.object["principal"] as? [String: Any])?["id"] as? String ?? ""
    }

    /// Creates a key through the API (201 expected) owned by the owner user unless `owner` says otherwise.
    func issueKey(
        scopes: [Any], name: String = "test key", owner: [String: Any]? = nil, expiresAt: Date? = nil,
        by creator: String? = nil
    ) async throws -> IssuedKey {
        let ownerReference: [String: Any]
        if let owner {
            ownerReference = owner
        } else {
            ownerReference = ["type": "user", "id": try await ownerUserId()]
        }
        var body: [String: Any] = ["name": name, "owner": ownerReference, "scopes": scopes]
        if let expiresAt { body["expiresAt"] = TestServer.rfc3339(expiresAt) }
        let created = try await send("POST", "/api/api-keys", key: creator ?? ownerKey, json: body)
        #expect(created.status == 201, "creating a key with \(scopes): \(created.text)")
        return IssuedKey(id: created.id, raw: created.object["rawKey"] as? String ?? "", record: created.object)
    }

    /// Uploads a scan; the answer is returned as is.
    func ingest(
        service: String, endpoints: [[String: Any]], findings: [[String: Any]] = [], key: String? = nil,
        hash: String = String(repeating: "ab", count: 32)
    ) async throws -> HTTPExchange {
        try await send(
            "POST", "/api/scans/ingest", key: key ?? ownerKey,
            json: TestServer.scanBody(service: service, endpoints: endpoints, findings: findings, hash: hash))
    }

    /// Polls a job (every 50 ms, at most `seconds`) until it reaches a final status; returns its last body.
    func waitForJob(_ id: String, key: String? = nil, seconds: Double = 10) async throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(seconds)
        var last: [String: Any] = [:]
        while Date() < deadline {
            let job = try await send("GET", "/api/jobs/" + id, key: key ?? ownerKey)
            #expect(job.status == 200, "GET /api/jobs/\(id): \(job.text)")
            last = job.object
            if let status = last["status"] as? String, ["completed", "failed", "cancelled"].contains(status) {
                return last
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("job \(id) did not finish within \(seconds) s; last answer: \(last)")
        return last
    }

    /// Runs `body` with a second connection to the server's database (SQLite's WAL, or PostgreSQL, lets both
    /// work at once; on SQLite they take turns for the write lock, see `sideConnectionBusyTimeout`).
    @discardableResult
    func withSideStore<T>(_ body: (Store, any SQLDatabase) async throws -> T) async throws -> T {
        let database = try await location.open(sqliteBusyTimeoutMilliseconds: Self.sideConnectionBusyTimeout)
        do {
            let result = try await body(Store(database: database), database)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }

    /// A second organization (with its owner key), made directly in the database: the API has no operation
    /// for it.
    func createOrganization(name: String) async throws -> (id: String, ownerKey: String) {
        try await withSideStore { store, _ in
            guard let created = try await store.createOrganization(name: name) else {
                throw TestServerError.didNotStart
            }
            return created
        }
    }

    /// A copy of job `jobId` that another server is running (lease far in the future), so the local worker
    /// leaves it alone and it can be cancelled.
    func insertJobRunningElsewhere(copying jobId: String) async throws -> String {
        let id = UUID().uuidString.lowercased()
        let leaseUntil = Timestamp.text(Date().addingTimeInterval(365 * 86_400))
        try await withSideStore { _, database in
            try await database.query(
                """
                INSERT INTO jobs (id, org_id, type, status, progress, total, service_id, scan_run_id, previous_scan_run_id,
                  created_by, created_at, started_at, lease_owner, lease_until)
                SELECT ?, org_id, type, 'running', 0, total, service_id, scan_run_id, previous_scan_run_id, created_by,
                  created_at, created_at, 'another-server', ? FROM jobs WHERE id = ?
                """, [.text(id), .text(leaseUntil), .text(jobId)])
        }
        return id
    }

    /// A scan upload body.
    static func scanBody(
        service: String, endpoints: [[String: Any]], findings: [[String: Any]] = [],
        hash: String = String(repeating: "ab", count: 32)
    ) -> [String: Any] {
        [
            "service": ["name": service],
            "spec": ["hash": hash, "format": "openapi", "version": "3.1.0", "title": service],
            "endpoints": endpoints,
            "findings": findings,
        ]
    }

    /// One endpoint of a scan upload body.
    static func endpoint(
        _ method: String, _ path: String, operationId: String? = nil, tags: [String] = [], summary: String? = nil
    ) -> [String: Any] {
        [
            "method": method, "path": path, "operationId": operationId as Any? ?? NSNull(), "tags": tags,
            "summary": summary as Any? ?? NSNull(),
        ]
    }

    /// One finding of a scan upload body.
    static func finding(_ code: String, severity: String, method: String? = nil, path: String? = nil) -> [String: Any] {
        [
            "code": code, "severity": severity, "message": "finding \(code)", "method": method as Any? ?? NSNull(),
            "path": path as Any? ?? NSNull(),
        ]
    }

    /// A date as RFC 3339 with milliseconds, in UTC.
    static func rfc3339(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// Every item of a paged list, following `nextCursor` with `limit` per page; also returns the page sizes.
    func collectPages(_ path: String, key: String? = nil, limit: Int) async throws -> (items: [[String: Any]], pageSizes: [Int]) {
        var items: [[String: Any]] = []
        var sizes: [Int] = []
        var cursor: String?
        repeat {
            var query = "?limit=\(limit)"
            if let cursor { query += "&cursor=" + (cursor.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? cursor) }
            let page = try await send("GET", path + query, key: key ?? ownerKey)
            #expect(page.status == 200, "GET \(path)\(query): \(page.text)")
            guard page.status == 200 else { break }
            items += page.items
            sizes.append(page.items.count)
            cursor = page.nextCursor
            if sizes.count > 100 {
                Issue.record("pagination of \(path) did not end")
                break
            }
        } while cursor != nil
        return (items, sizes)
    }
}

extension TestServer {
    /// An RFC 3339 date-time as the server writes it (fractional seconds optional).
    static func parseDate(_ value: Any?) -> Date? {
        guard let text = value as? String else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// The operation ids of spec/openapi.yaml (operation level only, not values inside examples).
    static func contractOperationIds() throws -> Set<String> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("spec/openapi.yaml"), encoding: .utf8)
        var ids = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("      operationId: ") {
            ids.insert(line.dropFirst("      operationId: ".count).trimmingCharacters(in: .whitespaces))
        }
        return ids
    }
}
