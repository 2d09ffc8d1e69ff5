import Foundation
import SpeccAPI

extension Store {
    /// The caller a raw key stands for, or nil when the key is unknown, revoked, expired, or owned by an
    /// inactive service account. Looked up by digest; the digest is then compared in constant time.
    func authenticate(rawKey: String) async throws -> Caller? {
        guard KeyFormat.isWellFormed(rawKey) else { return nil }
        let digest = KeyFormat.digest(rawKey)
        var credential = cache?.credential(digest)
        if credential == nil {
            let generation = cache?.generation ?? 0
            credential = try await loadCredential(digest: digest, application: rawKey.hasPrefix(KeyFormat.applicationKeyTag))
            if let credential { cache?.remember(credential: digest, credential, readAt: generation) }
        }
        guard let credential, credential.usable else { return nil }
        if let expires = credential.expiresAt, expires <= now() { return nil }
        return credential.caller
    }

    /// The credential stored under `digest` (looked up by digest, then compared in constant time).
    private func loadCredential(digest: String, application: Bool) async throws -> CachedCredential? {
        if application {
            let rows = try await db.query(
                """
                SELECT a.org_id, a.secret_digest, o.name AS org_name FROM application_keys a
                JOIN organizations o ON o.id = a.org_id WHERE a.secret_digest = ?
                """, [.text(digest)])
            guard let row = rows.first, KeyFormat.constantTimeEqual(try row.string("secret_digest"), digest) else { return nil }
            let org = try row.string("org_id")
            let caller = Caller(
                kind: .applicationKey, organizationId: org, organizationName: try row.string("org_name"), keyId: nil,
                principalType: "application", principalId: org, principalName: "Application key",
                grants: Grant.applicationKeyGrants)
            return CachedCredential(caller: caller, expiresAt: nil, usable: true)
        }
        let rows = try await db.query(
            """
            SELECT k.id, k.org_id, k.owner_type, k.owner_id, k.scopes, k.expires_at, k.revoked_at, k.secret_digest,
              o.name AS org_name, COALESCE(u.display_name, sa.name) AS owner_name, sa.active AS sa_active
            FROM api_keys k JOIN organizations o ON o.id = k.org_id
            LEFT JOIN users u ON k.owner_type = 'user' AND u.id = k.owner_id
            LEFT JOIN service_accounts sa ON k.owner_type = 'service_account' AND sa.id = k.owner_id
            WHERE k.secret_digest = ?
            """, [.text(digest)])
        guard let row = rows.first, KeyFormat.constantTimeEqual(try row.string("secret_digest"), digest) else { return nil }
        let ownerType = try row.string("owner_type")
        let caller = Caller(
            kind: .apiKey, organizationId: try row.string("org_id"), organizationName: try row.string("org_name"),
            keyId: try row.string("id"), principalType: ownerType, principalId: try row.string("owner_id"),
            principalName: row.optionalString("owner_name"), grants: try Grant.decode(try row.string("scopes")))
        let usable = row.optionalString("revoked_at") == nil && (ownerType != "service_account" || row.optionalInt("sa_active") == 1)
        return CachedCredential(
            caller: caller, expiresAt: try Timestamp.optionalDate(row.optionalString("expires_at")), usable: usable)
    }

    /// What an empty database gets: an organization with its owner and keys (see `createOrganization`).
    /// Returns the owner key's raw value, or nil when the database was not empty.
    public func bootstrapIfEmpty() async throws -> String? {
        try await createOrganization(name: "Default organization", onlyIfEmpty: true)?.ownerKey
    }

    /// A new organization, its owner (a user holding `admin:*`), an owner API key and the application key.
    /// Returns the organization id and the owner key's raw value (the application key's is not kept: regenerate
    /// it to see one). With `onlyIfEmpty`, does nothing (nil) when any organization exists.
    func createOrganization(name: String, onlyIfEmpty: Bool = false) async throws -> (id: String, ownerKey: String)? {
        let raw = KeyFormat.generate()
        let application = KeyFormat.generate(tag: KeyFormat.applicationKeyTag)
        let org = Store.newId()
        let created: Bool = try await db.transaction { db in
            if onlyIfEmpty, try await !db.query("SELECT id FROM organizations LIMIT 1", []).isEmpty { return false }
            let user = Store.newId()
            let stamp = nowText
            let owner = [Grant(permission: Grant.admin)]
            try await db.query(
                "INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)",
                [.text(org), .text(name), .text(stamp)])
            try await db.query(
                "INSERT INTO users (id, org_id, display_name, scopes, created_at) VALUES (?, ?, ?, ?, ?)",
                [.text(user), .text(org), .text("Owner"), .text(Grant.encode(owner)), .text(stamp)])
            try await db.query(
                """
                INSERT INTO api_keys (id, org_id, name, description, prefix, secret_digest, owner_type, owner_id, scopes,
                  created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'user', ?, ?, ?, ?, ?)
                """,
                [
                    .text(Store.newId()), .text(org), .text("Owner key"),
                    .text("Created with the organization."), .text(KeyFormat.prefix(of: raw)),
                    .text(KeyFormat.digest(raw)), .text(user), .text(Grant.encode(owner)), .text(stamp), .text(user),
                    .text(stamp),
                ])
            try await db.query(
                "INSERT INTO application_keys (org_id, prefix, secret_digest, last_rotated_at) VALUES (?, ?, ?, ?)",
                [
                    .text(org), .text(KeyFormat.prefix(of: application)), .text(KeyFormat.digest(application)),
                    .text(stamp),
                ])
            return true
        }
        invalidateCache()
        return created ? (org, raw) : nil
    }

    func applicationKey(org: String) async throws -> Schemas.ApplicationKey {
        let rows = try await db.query("SELECT prefix, last_rotated_at FROM application_keys WHERE org_id = ?", [.text(org)])
        guard let row = rows.first else { throw APIFailure.notFound("application key") }
        let rotated = try Timestamp.date(try row.string("last_rotated_at"))
        return Schemas.ApplicationKey(
            prefix: try row.string("prefix"), lastRotatedAt: rotated,
            rotationDue: now().timeIntervalSince(rotated) >= 90 * 86_400,
            scopes: Grant.applicationKeyGrants.map(\.schema))
    }

    /// A new application key; the old digest is replaced in the same statement.
    func regenerateApplicationKey(org: String) async throws -> (raw: String, rotatedAt: Date) {
        let raw = KeyFormat.generate(tag: KeyFormat.applicationKeyTag)
        let date = now()
        let rows = try await db.query(
            "UPDATE application_keys SET prefix = ?, secret_digest = ?, last_rotated_at = ? WHERE org_id = ? RETURNING org_id",
            [.text(KeyFormat.prefix(of: raw)), .text(KeyFormat.digest(raw)), .text(Timestamp.text(date)), .text(org)])
        invalidateCache()
        guard !rows.isEmpty else { throw APIFailure.notFound("application key") }
        return (raw, date)
    }
}
