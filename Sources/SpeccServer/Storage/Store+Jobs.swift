import Foundation
import SpeccAPI

extension Store {
    static let jobColumns = """
        seq, id, type, status, progress, total, service_id, scan_run_id, previous_scan_run_id, created_by, created_at,
        started_at, completed_at, error_message, result
        """

    func job(_ row: SQLRow) throws -> Schemas.Job {
        var result: Schemas.ScanComparison?
        if let text = row.optionalString("result") {
            do {
                result = try JSONDecoder().decode(Schemas.ScanComparison.self, from: Data(text.utf8))
            } catch {
                throw StorageError.corrupt("job result is not a comparison: \(error)")
            }
        }
        return Schemas.Job(
            id: try row.string("id"), type: Schemas.Job.Type_(rawValue: try row.string("type")),
            status: Schemas.JobStatus(rawValue: try row.string("status")), progress: try row.int("progress"),
            total: try row.int("total"), serviceId: try row.string("service_id"), scanRunId: try row.string("scan_run_id"),
            previousScanRunId: row.optionalString("previous_scan_run_id"), createdBy: row.optionalString("created_by"),
            createdAt: try Timestamp.date(try row.string("created_at")),
            startedAt: try Timestamp.optionalDate(row.optionalString("started_at")),
            completedAt: try Timestamp.optionalDate(row.optionalString("completed_at")),
            errorMessage: row.optionalString("error_message"), result: result)
    }

    func listJobs(org: String, status: String?, page: PageRequest) async throws -> Page<Schemas.Job> {
        var sql = "SELECT \(Store.jobColumns) FROM jobs WHERE org_id = ?"
        var binds: [SQLValue] = [.text(org)]
        if let status {
            sql += " AND status = ?"
            binds.append(.text(status))
        }
        if let after = page.after {
            sql += " AND seq < ?"
            binds.append(.integer(after))
        }
        sql += " ORDER BY seq DESC LIMIT ?"
        binds.append(.integer(Int64(page.limit + 1)))
        return try page.page(try await db.query(sql, binds), job)
    }

    func job(org: String, id: String) async throws -> Schemas.Job {
        let rows = try await db.query("SELECT \(Store.jobColumns) FROM jobs WHERE org_id = ? AND id = ?", [.text(org), .text(id)])
        guard let row = rows.first else { throw APIFailure.notFound("job") }
        return try job(row)
    }

    func cancelJob(org: String, id: String) async throws -> Schemas.Job {
        let rows = try await db.query(
            """
            UPDATE jobs SET status = 'cancelled', completed_at = ?, lease_owner = NULL, lease_until = NULL
            WHERE org_id = ? AND id = ? AND status IN ('queued', 'running') RETURNING id
            """, [.text(nowText), .text(org), .text(id)])
        let current = try await job(org: org, id: id)
        if rows.isEmpty { throw APIFailure.conflict("the job has already ended with status '\(current.status.rawValue)'") }
        return current
    }

    /// A job a worker may run: the oldest queued one, or a running one whose lease ran out (its worker
    /// died). Marked running under `worker` until `leaseSeconds` from now. On PostgreSQL the row is locked
    /// with SKIP LOCKED, so servers sharing the database never claim the same job.
    func claimJob(worker: String, leaseSeconds: Double) async throws -> ClaimedJob? {
        let stamp = nowText
        let until = Timestamp.text(now().addingTimeInterval(leaseSeconds))
        let lock = db.dialect == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
        return try await db.transaction { db in
            let rows = try await db.query(
                """
                SELECT id, scan_run_id, previous_scan_run_id, total FROM jobs
                WHERE status = 'queued' OR (status = 'running' AND lease_until < ?) ORDER BY seq LIMIT 1
                """ + lock, [.text(stamp)])
            guard let row = rows.first else { return nil }
            let id = try row.string("id")
            try await db.query(
                """
                UPDATE jobs SET status = 'running', lease_owner = ?, lease_until = ?, started_at = COALESCE(started_at, ?)
                WHERE id = ?
                """, [.text(worker), .text(until), .text(stamp), .text(id)])
            return ClaimedJob(
                id: id, runId: try row.string("scan_run_id"), previousRunId: row.optionalString("previous_scan_run_id"),
                total: try row.int("total"))
        }
    }

    /// Records progress while the worker still holds the lease; false when the job was cancelled or taken.
    func reportProgress(job: ClaimedJob, worker: String, progress: Int) async throws -> Bool {
        try await !db.query(
            "UPDATE jobs SET progress = ? WHERE id = ? AND status = 'running' AND lease_owner = ? RETURNING id",
            [.int(progress), .text(job.id), .text(worker)]
        ).isEmpty
    }

    func completeJob(_ job: ClaimedJob, worker: String, result: Schemas.ScanComparison) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(result), as: UTF8.self)
        try await db.query(
            """
            UPDATE jobs SET status = 'completed', progress = total, result = ?, completed_at = ?, lease_owner = NULL,
              lease_until = NULL WHERE id = ? AND status = 'running' AND lease_owner = ?
            """, [.text(text), .text(nowText), .text(job.id), .text(worker)])
    }

    func failJob(_ job: ClaimedJob, worker: String, message: String) async throws {
        try await db.query(
            """
            UPDATE jobs SET status = 'failed', error_message = ?, completed_at = ?, lease_owner = NULL, lease_until = NULL
            WHERE id = ? AND status = 'running' AND lease_owner = ?
            """, [.text(message), .text(nowText), .text(job.id), .text(worker)])
    }

    /// The endpoints of a run keyed by "METHOD path", with what decides "changed".
    func endpointSignatures(runId: String) async throws -> [String: EndpointSignature] {
        let rows = try await db.query(
            "SELECT method, path, operation_id, tags, summary FROM scan_endpoints WHERE run_id = ?", [.text(runId)])
        var result: [String: EndpointSignature] = [:]
        for row in rows {
            let signature = EndpointSignature(
                method: try row.string("method"), path: try row.string("path"), operationId: row.optionalString("operation_id"),
                tags: try row.string("tags"), summary: row.optionalString("summary"))
            result[signature.method + " " + signature.path] = signature
        }
        return result
    }
}

/// A job a worker holds.
struct ClaimedJob: Sendable {
    var id: String
    var runId: String
    var previousRunId: String?
    var total: Int
}

/// What the comparison looks at for one endpoint.
struct EndpointSignature: Sendable, Equatable {
    var method: String
    var path: String
    var operationId: String?
    var tags: String
    var summary: String?
}
