import Foundation
import SpeccAPI

extension Store {
    /// What an ingestion stored.
    struct Ingested: Sendable {
        var runId: String
        var serviceId: String
        var jobId: String
    }

    /// Stores a scan as a new run of the named service (created when missing) and queues its comparison
    /// job, all in one transaction. `mayUse` decides whether the caller may write to an existing service,
    /// or create one (nil id).
    func ingest(
        org: String, createdBy: String?, request: Schemas.ScanIngestionRequest,
        mayUse: @escaping @Sendable (_ serviceId: String?) -> Bool
    ) async throws -> Ingested {
        let stamp = nowText
        return try await db.transaction { db in
            let name = request.service.name
            var serviceId = try await db.query(
                "SELECT id FROM services WHERE org_id = ? AND name = ?", [.text(org), .text(name)]
            ).first.map { try $0.string("id") }
            guard mayUse(serviceId) else {
                throw APIFailure.forbidden("the key may not upload scans for the service '\(name)'")
            }
            if serviceId == nil {
                let id = Store.newId()
                try await db.query(
                    "INSERT INTO services (id, org_id, name, created_at) VALUES (?, ?, ?, ?)",
                    [.text(id), .text(org), .text(name), .text(stamp)])
                serviceId = id
            }
            let service = serviceId!
            let previous = try await db.query(
                "SELECT id FROM scan_runs WHERE service_id = ? ORDER BY seq DESC LIMIT 1", [.text(service)]
            ).first.map { try $0.string("id") }
            let runId = Store.newId()
            try await db.query(
                """
                INSERT INTO scan_runs (id, org_id, service_id, spec_hash, spec_format, spec_version, spec_title,
                  endpoint_count, finding_count, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(runId), .text(org), .text(service), .text(request.spec.hash), .text(request.spec.format.rawValue),
                    .text(request.spec.version), .text(request.spec.title), .int(request.endpoints.count),
                    .int(request.findings.count), .text(createdBy), .text(stamp),
                ])
            // Stored in the order the lists answer with: endpoints by path then method, findings most
            // severe first (document order among equals).
            let endpoints = request.endpoints.sorted { ($0.path, $0.method.rawValue) < ($1.path, $1.method.rawValue) }
            let findings = request.findings.enumerated().sorted { left, right in
                let (a, b) = (Store.severityRank(left.element.severity), Store.severityRank(right.element.severity))
                return a != b ? a > b : left.offset < right.offset
            }.map(\.element)
            try await Store.insertRows(
                db, table: "scan_endpoints", columns: ["run_id", "position", "id", "method", "path", "operation_id", "tags", "summary"],
                rows: endpoints.enumerated().map { index, endpoint in
                    [
                        .text(runId), .int(index), .text(Store.newId()), .text(endpoint.method.rawValue), .text(endpoint.path),
                        .text(endpoint.operationId), .text(Store.jsonList(endpoint.tags)), .text(endpoint.summary),
                    ]
                })
            try await Store.insertRows(
                db, table: "scan_findings", columns: ["run_id", "position", "id", "code", "severity", "message", "method", "path"],
                rows: findings.enumerated().map { index, finding in
                    [
                        .text(runId), .int(index), .text(Store.newId()), .text(finding.code), .text(finding.severity.rawValue), .text(finding.message),
                        .text(finding.method?.rawValue), .text(finding.path),
                    ]
                })
            let jobId = Store.newId()
            try await db.query(
                """
                INSERT INTO jobs (id, org_id, type, status, progress, total, service_id, scan_run_id, previous_scan_run_id,
                  created_by, created_at) VALUES (?, ?, 'scan_comparison', 'queued', 0, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(jobId), .text(org), .int(previous == nil ? 1 : 2), .text(service), .text(runId), .text(previous),
                    .text(createdBy), .text(stamp),
                ])
            return Ingested(runId: runId, serviceId: service, jobId: jobId)
        }
    }

    /// Multi-row INSERTs, 100 rows per statement: one round trip per hundred rows instead of per row.
    static func insertRows(_ db: any SQLExecutor, table: String, columns: [String], rows: [[SQLValue]]) async throws {
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + 100, rows.count)]
            let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: tuple, count: chunk.count).joined(separator: ", ")
            try await db.query(sql, chunk.flatMap { $0 })
            start += 100
        }
    }

    static func severityRank(_ severity: Schemas.FindingSeverity) -> Int {
        switch severity {
        case .critical: 4
        case .high: 3
        case .medium: 2
        case .low: 1
        case .info, .undocumented: 0
        }
    }

    /// `ORDER BY` text in code-point order on both databases (PostgreSQL would otherwise use the locale).
    func byteOrder(_ column: String) -> String {
        db.dialect == .postgres ? column + " COLLATE \"C\"" : column
    }

    static func jsonList(_ strings: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(strings)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func decodeList(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }

    // MARK: Services

    static let serviceSelect = """
        SELECT s.seq, s.id, s.name, s.created_at,
          (SELECT COUNT(*) FROM scan_runs r WHERE r.service_id = s.id) AS scan_count,
          (SELECT r.id FROM scan_runs r WHERE r.service_id = s.id ORDER BY r.seq DESC LIMIT 1) AS latest_id,
          (SELECT r.created_at FROM scan_runs r WHERE r.service_id = s.id ORDER BY r.seq DESC LIMIT 1) AS latest_at
        FROM services s
        """

    func service(_ row: SQLRow) throws -> Schemas.Service {
        Schemas.Service(
            id: try row.string("id"), name: try row.string("name"), scanCount: try row.int("scan_count"),
            latestScanRunId: row.optionalString("latest_id"),
            lastScannedAt: try Timestamp.optionalDate(row.optionalString("latest_at")),
            createdAt: try Timestamp.date(try row.string("created_at")))
    }

    /// In name order (code points); the cursor is an offset. `only` limits the list to those ids (a key
    /// narrowed to some services).
    func listServices(org: String, only: Set<String>?, page: PageRequest) async throws -> Page<Schemas.Service> {
        var sql = Store.serviceSelect + " WHERE s.org_id = ?"
        var binds: [SQLValue] = [.text(org)]
        Store.restrict(&sql, &binds, column: "s.id", to: only)
        let offset = page.after ?? 0
        sql += " ORDER BY \(byteOrder("s.name")) LIMIT ? OFFSET ?"
        binds += [.integer(Int64(page.limit + 1)), .integer(offset)]
        let rows = try await db.query(sql, binds)
        let items = try rows.prefix(page.limit).map(service)
        return Page(items: items, nextCursor: rows.count > page.limit ? String(offset + Int64(page.limit)) : nil)
    }

    func service(org: String, id: String) async throws -> Schemas.Service {
        let rows = try await db.query(Store.serviceSelect + " WHERE s.org_id = ? AND s.id = ?", [.text(org), .text(id)])
        guard let row = rows.first else { throw APIFailure.notFound("service") }
        return try service(row)
    }

    static func restrict(_ sql: inout String, _ binds: inout [SQLValue], column: String, to ids: Set<String>?) {
        guard let ids else { return }
        if ids.isEmpty {
            sql += " AND 1 = 0"
            return
        }
        sql += " AND \(column) IN (" + Array(repeating: "?", count: ids.count).joined(separator: ", ") + ")"
        binds += ids.sorted().map { .text($0) }
    }

    // MARK: Scan runs

    static let runSelect = """
        SELECT r.seq, r.id, r.service_id, s.name AS service_name, r.spec_hash, r.spec_format, r.spec_version, r.spec_title,
          r.endpoint_count, r.finding_count, r.created_at
        FROM scan_runs r JOIN services s ON s.id = r.service_id
        """

    func scanRun(_ row: SQLRow, baseURL: String) throws -> Schemas.ScanRun {
        let id = try row.string("id")
        return Schemas.ScanRun(
            id: id, serviceId: try row.string("service_id"), serviceName: try row.string("service_name"),
            spec: Schemas.ScanSpec(
                hash: try row.string("spec_hash"), format: Schemas.ScanSpec.Format(rawValue: try row.string("spec_format")),
                version: row.optionalString("spec_version"), title: row.optionalString("spec_title")),
            endpointCount: try row.int("endpoint_count"), findingCount: try row.int("finding_count"),
            createdAt: try Timestamp.date(try row.string("created_at")), resultUrl: baseURL + "/api/scans/" + id)
    }

    func listScanRuns(org: String, only: Set<String>?, page: PageRequest, baseURL: String) async throws -> Page<Schemas.ScanRun> {
        var sql = Store.runSelect + " WHERE r.org_id = ?"
        var binds: [SQLValue] = [.text(org)]
        Store.restrict(&sql, &binds, column: "r.service_id", to: only)
        if let after = page.after {
            sql += " AND r.seq < ?"
            binds.append(.integer(after))
        }
        sql += " ORDER BY r.seq DESC LIMIT ?"
        binds.append(.integer(Int64(page.limit + 1)))
        return try page.page(try await db.query(sql, binds)) { try scanRun($0, baseURL: baseURL) }
    }

    /// The run, when it exists in `org` and `only` (if given) holds its service.
    func scanRun(org: String, id: String, only: Set<String>?, baseURL: String) async throws -> Schemas.ScanRun {
        let rows = try await db.query(Store.runSelect + " WHERE r.org_id = ? AND r.id = ?", [.text(org), .text(id)])
        guard let row = rows.first else { throw APIFailure.notFound("scan run") }
        let run = try scanRun(row, baseURL: baseURL)
        if let only, !only.contains(run.serviceId) { throw APIFailure.notFound("scan run") }
        return run
    }

    /// Endpoints in document order; the cursor is the position.
    func listEndpoints(runId: String, page: PageRequest) async throws -> Page<Schemas.ScanEndpoint> {
        let rows = try await db.query(
            """
            SELECT position + 1 AS seq, id, method, path, operation_id, tags, summary FROM scan_endpoints
            WHERE run_id = ? AND position >= ? ORDER BY position LIMIT ?
            """, [.text(runId), .integer(page.after ?? 0), .integer(Int64(page.limit + 1))])
        return try page.page(rows) { row in
            Schemas.ScanEndpoint(
                id: try row.string("id"), method: Schemas.HttpMethod(rawValue: try row.string("method")),
                path: try row.string("path"), operationId: row.optionalString("operation_id"),
                tags: Store.decodeList(try row.string("tags")), summary: row.optionalString("summary"))
        }
    }

    func listFindings(runId: String, page: PageRequest) async throws -> Page<Schemas.ScanFinding> {
        let rows = try await db.query(
            """
            SELECT position + 1 AS seq, id, code, severity, message, method, path FROM scan_findings
            WHERE run_id = ? AND position >= ? ORDER BY position LIMIT ?
            """, [.text(runId), .integer(page.after ?? 0), .integer(Int64(page.limit + 1))])
        return try page.page(rows) { row in
            Schemas.ScanFinding(
                id: try row.string("id"), code: try row.string("code"),
                severity: Schemas.FindingSeverity(rawValue: try row.string("severity")), message: try row.string("message"),
                method: row.optionalString("method").map { Schemas.ScanFinding.Method(rawValue: $0) },
                path: row.optionalString("path"))
        }
    }
}
