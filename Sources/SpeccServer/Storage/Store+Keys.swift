import Foundation
import SpeccAPI

extension Store {
    static let keyColumns = """
        k.seq, k.id, k.name, k.description, k.prefix, k.owner_type, k.owner_id, k.scopes, k.created_at, k.created_by,
        k.expires_at, k.last_used_at, k.revoked_at, k.revocation_reason,
        COALESCE(u.display_name, sa.name) AS owner_name
        """
    static let keyJoins = """
        FROM api_keys k LEFT JOIN users u ON k.owner_type = 'user' AND u.id = k.owner_id
        LEFT JOIN service_accounts sa ON k.owner_type = 'service_account' AND sa.id = k.owner_id
        """

    func apiKey(_ row: SQLRow) throws -> Schemas.ApiKey {
        let expiresAt = try Timestamp.optionalDate(row.optionalString("expires_at"))
        let revokedAt = try Timestamp.optionalDate(row.optionalString("revoked_at"))
        let status: Schemas.ApiKeyStatus =
            revokedAt != nil ? .revoked : (expiresAt.map { $0 <= now() } ?? false) ? .expired : .active
        return Schemas.ApiKey(
            id: try row.string("id"), name: try row.string("name"), description: row.optionalString("description"),
            prefix: try row.string("prefix"),
            owner: Schemas.Principal(
                type: Schemas.PrincipalType(rawValue: try row.string("owner_type")), id: try row.string("owner_id"),
                displayName: row.optionalString("owner_name")),
            scopes: try Grant.decode(try row.string("scopes")).map(\.schema), status: status,
            createdAt: try Timestamp.date(try row.string("created_at")), createdBy: row.optionalString("created_by"),
            expiresAt: expiresAt, lastUsedAt: try Timestamp.optionalDate(row.optionalString("last_used_at")),
            revokedAt: revokedAt, revocationReason: row.optionalString("revocation_reason"))
    }

    func listKeys(org: String, page: PageRequest) async throws -> Page<Schemas.ApiKey> {
        var sql = "SELECT \(Store.keyColumns) \(Store.keyJoins) WHERE k.org_id = ?"
        var binds: [SQLValue] = [.text(org)]
        if let after = page.after {
            sql += " AND k.seq < ?"
            binds.append(.integer(after))
        }
        sql += " ORDER BY k.seq DESC LIMIT ?"
        binds.append(.integer(Int64(page.limit + 1)))
        return try page.page(try await db.query(sql, binds), apiKey)
    }

    func key(org: String, id: String, in executor: (any SQLExecutor)? = nil) async throws -> Schemas.ApiKey {
        // Inside a transaction, always the database; outside, the cache when it has the record. The cached
        // record must belong to `org` too (the cache is keyed by id alone), and its status is judged now.
        if executor == nil, let cached = cache?.key(id), cached.organization == org {
            var key = cached.key
            if key.status == .active, let expires = key.expiresAt, expires <= now() { key.status = .expired }
            return key
        }
        let generation = cache?.generation ?? 0
        let rows = try await (executor ?? db).query(
            "SELECT \(Store.keyColumns) \(Store.keyJoins) WHERE k.org_id = ? AND k.id = ?", [.text(org), .text(id)])
        guard let row = rows.first else { throw APIFailure.notFound("API key") }
        let key = try apiKey(row)
        if executor == nil { cache?.remember(key: id, (org, key), readAt: generation) }
        return key
    }

    /// Whether a user or service account with this id belongs to `org`.
    func principalExists(org: String, type: String, id: String, in executor: any SQLExecutor) async throws -> Bool {
        let table = type == "user" ? "users" : "service_accounts"
        return try await !executor.query("SELECT id FROM \(table) WHERE org_id = ? AND id = ?", [.text(org), .text(id)]).isEmpty
    }

    /// Stores a new key and returns its record with the raw key, which is not kept.
    func createKey(
        org: String, createdBy: String?, name: String, description: String?, ownerType: String, ownerId: String,
        grants: [Grant], expiresAt: Date?
    ) async throws -> (Schemas.ApiKey, String) {
        let raw = KeyFormat.generate()
        let id = Store.newId()
        let stamp = nowText
        try await db.transaction { db in
            guard try await principalExists(org: org, type: ownerType, id: ownerId, in: db) else {
                throw APIFailure.invalid(
                    "the key's owner does not exist", path: "/owner/id",
                    problem: "must be a \(ownerType == "user" ? "user" : "service account") of your organization")
            }
            try await db.query(
                """
                INSERT INTO api_keys (id, org_id, name, description, prefix, secret_digest, owner_type, owner_id, scopes,
                  created_at, created_by, expires_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(id), .text(org), .text(name), .text(description), .text(KeyFormat.prefix(of: raw)),
                    .text(KeyFormat.digest(raw)), .text(ownerType), .text(ownerId), .text(Grant.encode(grants)),
                    .text(stamp), .text(createdBy), .text(expiresAt.map(Timestamp.text)), .text(stamp),
                ])
        }
        invalidateCache()
        return (try await key(org: org, id: id), raw)
    }

    /// The description after an update: nil keeps `current`, an empty string removes it (the contract's way
    /// to clear it, since a JSON null decodes the same as a missing member).
    static func updatedDescription(_ update: String?, current: String?) -> String? {
        guard let update else { return current }
        return update.isEmpty ? nil : update
    }

    func updateKey(org: String, id: String, name: String?, description: String?, grants: [Grant]?) async throws -> Schemas.ApiKey {
        try await db.transaction { db in
            let current = try await key(org: org, id: id, in: db)
            guard current.status != .revoked else { throw APIFailure.conflict("a revoked key cannot be changed") }
            try await db.query(
                "UPDATE api_keys SET name = ?, description = ?, scopes = ?, updated_at = ? WHERE org_id = ? AND id = ?",
                [
                    .text(name ?? current.name), .text(Self.updatedDescription(description, current: current.description)),
                    .text(Grant.encode(grants ?? current.scopes.map(Grant.init(schema:)))), .text(nowText), .text(org),
                    .text(id),
                ])
        }
        invalidateCache()
        return try await key(org: org, id: id)
    }

    func revokeKey(org: String, id: String, reason: String?) async throws -> Schemas.ApiKey {
        try await db.transaction { db in
            let current = try await key(org: org, id: id, in: db)
            guard current.status != .revoked else { throw APIFailure.conflict("the key is already revoked") }
            let stamp = nowText
            try await db.query(
                "UPDATE api_keys SET revoked_at = ?, revocation_reason = ?, updated_at = ? WHERE org_id = ? AND id = ?",
                [.text(stamp), .text(reason), .text(stamp), .text(org), .text(id)])
        }
        invalidateCache()
        return try await key(org: org, id: id)
    }

    /// Gives the key a new secret; the old digest is gone when this returns.
    func rotateKey(org: String, id: String) async throws -> (Schemas.ApiKey, String) {
        let raw = KeyFormat.generate()
        try await db.transaction { db in
            let current = try await key(org: org, id: id, in: db)
            guard current.status == .active else { throw APIFailure.conflict("only an active key can be rotated") }
            try await db.query(
                "UPDATE api_keys SET prefix = ?, secret_digest = ?, updated_at = ? WHERE org_id = ? AND id = ?",
                [.text(KeyFormat.prefix(of: raw)), .text(KeyFormat.digest(raw)), .text(nowText), .text(org), .text(id)])
        }
        invalidateCache()
        return (try await key(org: org, id: id), raw)
    }

    func listUsage(org: String, keyId: String, page: PageRequest) async throws -> Page<Schemas.ApiKeyUsage> {
        _ = try await key(org: org, id: keyId)
        var sql = "SELECT seq, endpoint, method, status, duration_ms, ip, user_agent, occurred_at FROM key_usage WHERE key_id = ?"
        var binds: [SQLValue] = [.text(keyId)]
        if let after = page.after {
            sql += " AND seq < ?"
            binds.append(.integer(after))
        }
        sql += " ORDER BY seq DESC LIMIT ?"
        binds.append(.integer(Int64(page.limit + 1)))
        return try page.page(try await db.query(sql, binds)) { row in
            Schemas.ApiKeyUsage(
                endpoint: try row.string("endpoint"), method: Schemas.HttpMethod(rawValue: try row.string("method")),
                status: try row.int("status"), durationMs: try row.double("duration_ms"), ip: row.optionalString("ip"),
                userAgent: row.optionalString("user_agent"), occurredAt: try Timestamp.date(try row.string("occurred_at")))
        }
    }

    /// Usage rows written by one `INSERT` (8 parameters each; SQLite allows 32,766 and PostgreSQL 65,535).
    static let usageRowsPerStatement = 250

    /// Writes a batch of usage entries and moves each key's `last_used_at`, in one transaction.
    func recordUsage(_ entries: [UsageEntry]) async throws {
        guard !entries.isEmpty else { return }
        let latest = try await db.transaction { db -> [String: String] in
            var latest: [String: String] = [:]
            // Many rows per statement, so a flush under load (thousands of entries) is a few driver round trips
            // instead of one per entry. Recording usage costs about a tenth of a GET's CPU (measured by turning it
            // off under wrk); batching the rows alone made no difference wrk could measure.
            var start = entries.startIndex
            while start < entries.endIndex {
                let rows = entries[start..<min(start + Store.usageRowsPerStatement, entries.endIndex)]
                var binds: [SQLValue] = []
                binds.reserveCapacity(rows.count * 8)
                for entry in rows {
                    binds += [
                        .text(entry.keyId), .text(entry.endpoint), .text(entry.method), .integer(Int64(entry.status)),
                        .double(entry.durationMs), .text(entry.ip), .text(entry.userAgent), .text(entry.occurredAt),
                    ]
                    latest[entry.keyId] = max(latest[entry.keyId] ?? "", entry.occurredAt)
                }
                let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?)", count: rows.count).joined(separator: ", ")
                try await db.query(
                    "INSERT INTO key_usage (key_id, endpoint, method, status, duration_ms, ip, user_agent, occurred_at) VALUES \(values)",
                    binds)
                start = rows.endIndex
            }
            for (keyId, stamp) in latest.sorted(by: { $0.key < $1.key }) {
                try await db.query(
                    "UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                    [.text(stamp), .text(keyId), .text(stamp)])
            }
            return latest
        }
        if let cache {
            cache.recordedUse(try latest.mapValues { try Timestamp.date($0) })
        }
    }
}

/// One authenticated request, as the usage history keeps it.
struct UsageEntry: Sendable {
    var keyId: String
    var endpoint: String
    var method: String
    var status: Int
    var durationMs: Double
    var ip: String?
    var userAgent: String?
    var occurredAt: String
}

extension Grant {
    var schema: Schemas.ApiKeyScope {
        Schemas.ApiKeyScope(
            permission: permission, resourceType: resourceType.map { Schemas.ApiKeyScope.ResourceType(rawValue: $0) },
            resourceId: resourceId)
    }

    init(schema: Schemas.ApiKeyScope) {
        self.init(permission: schema.permission, resourceType: schema.resourceType?.rawValue, resourceId: schema.resourceId)
    }
}
