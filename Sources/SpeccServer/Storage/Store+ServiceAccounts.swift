import Foundation
import SpeccAPI

extension Store {
    static let serviceAccountColumns = "seq, id, name, slug, description, role, active, created_at, updated_at"

    func serviceAccount(_ row: SQLRow) throws -> Schemas.ServiceAccount {
        Schemas.ServiceAccount(
            id: try row.string("id"), name: try row.string("name"), slug: try row.string("slug"),
            description: row.optionalString("description"),
            role: Schemas.ServiceAccountRole(rawValue: try row.string("role")), active: try row.bool("active"),
            createdAt: try Timestamp.date(try row.string("created_at")),
            updatedAt: try Timestamp.date(try row.string("updated_at")))
    }

    /// Oldest first: accounts are few and a stable order reads best.
    func listServiceAccounts(org: String, page: PageRequest) async throws -> Page<Schemas.ServiceAccount> {
        var sql = "SELECT \(Store.serviceAccountColumns) FROM service_accounts WHERE org_id = ?"
        var binds: [SQLValue] = [.text(org)]
        if let after = page.after {
            sql += " AND seq > ?"
            binds.append(.integer(after))
        }
        sql += " ORDER BY seq LIMIT ?"
        binds.append(.integer(Int64(page.limit + 1)))
        return try page.page(try await db.query(sql, binds), serviceAccount)
    }

    func serviceAccount(org: String, id: String) async throws -> Schemas.ServiceAccount {
        let rows = try await db.query(
            "SELECT \(Store.serviceAccountColumns) FROM service_accounts WHERE org_id = ? AND id = ?", [.text(org), .text(id)])
        guard let row = rows.first else { throw APIFailure.notFound("service account") }
        return try serviceAccount(row)
    }

    func createServiceAccount(org: String, name: String, description: String?, role: String) async throws -> Schemas.ServiceAccount {
        let id = Store.newId()
        let slug = Store.slug(name)
        let stamp = nowText
        do {
            try await db.query(
                """
                INSERT INTO service_accounts (id, org_id, name, slug, description, role, active, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
                """,
                [.text(id), .text(org), .text(name), .text(slug), .text(description), .text(role), .text(stamp), .text(stamp)])
        } catch StorageError.conflict {
            throw APIFailure.conflict("a service account with the slug '\(slug)' already exists")
        }
        return try await serviceAccount(org: org, id: id)
    }

    func updateServiceAccount(
        org: String, id: String, name: String?, description: String?, role: String?, active: Bool?
    ) async throws -> Schemas.ServiceAccount {
        let current = try await serviceAccount(org: org, id: id)
        try await db.query(
            "UPDATE service_accounts SET name = ?, description = ?, role = ?, active = ?, updated_at = ? WHERE org_id = ? AND id = ?",
            [
                .text(name ?? current.name), .text(Self.updatedDescription(description, current: current.description)),
                .text(role ?? current.role.rawValue), .bool(active ?? current.active), .text(nowText), .text(org),
                .text(id),
            ])
        invalidateCache()
        return try await serviceAccount(org: org, id: id)
    }

    /// Lower-case letters and digits, runs of anything else as one `-`.
    static func slug(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "account" : String(slug.prefix(100))
    }
}
