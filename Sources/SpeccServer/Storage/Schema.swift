import Foundation

/// The tables, created on start and migrated by version. Ids are UUID strings; `seq` is a number that grows
/// with insertion and orders lists (newest first) and cursors. Times are UTC ISO 8601 text with
/// milliseconds, which sorts like time in both databases. Secrets never reach a table: keys are stored as
/// the SHA-256 digest of the raw key.
enum Schema {
    /// The version `migrations` brings a database to.
    static var version: Int { migrations.count }

    /// Statements per version; `{seq}` is the dialect's auto-increment primary key.
    static let migrations: [[String]] = [
        [
            "CREATE TABLE organizations (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL)",
            "CREATE TABLE users (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organizations(id), display_name TEXT NOT NULL, scopes TEXT NOT NULL, created_at TEXT NOT NULL)",
            """
            CREATE TABLE service_accounts (seq {seq}, id TEXT NOT NULL UNIQUE, org_id TEXT NOT NULL REFERENCES organizations(id),
              name TEXT NOT NULL, slug TEXT NOT NULL, description TEXT, role TEXT NOT NULL, active INTEGER NOT NULL,
              created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (org_id, slug))
            """,
            """
            CREATE TABLE api_keys (seq {seq}, id TEXT NOT NULL UNIQUE, org_id TEXT NOT NULL REFERENCES organizations(id),
              name TEXT NOT NULL, description TEXT, prefix TEXT NOT NULL, secret_digest TEXT NOT NULL UNIQUE,
              owner_type TEXT NOT NULL, owner_id TEXT NOT NULL, scopes TEXT NOT NULL, created_at TEXT NOT NULL,
              created_by TEXT, expires_at TEXT, last_used_at TEXT, revoked_at TEXT, revocation_reason TEXT,
              updated_at TEXT NOT NULL)
            """,
            "CREATE INDEX api_keys_org ON api_keys (org_id, seq)",
            """
            CREATE TABLE application_keys (org_id TEXT PRIMARY KEY REFERENCES organizations(id), prefix TEXT NOT NULL,
              secret_digest TEXT NOT NULL UNIQUE, last_rotated_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE key_usage (seq {seq}, key_id TEXT NOT NULL, endpoint TEXT NOT NULL, method TEXT NOT NULL,
              status INTEGER NOT NULL, duration_ms DOUBLE PRECISION NOT NULL, ip TEXT, user_agent TEXT, occurred_at TEXT NOT NULL)
            """,
            "CREATE INDEX key_usage_key ON key_usage (key_id, seq)",
            """
            CREATE TABLE services (seq {seq}, id TEXT NOT NULL UNIQUE, org_id TEXT NOT NULL REFERENCES organizations(id),
              name TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (org_id, name))
            """,
            """
            CREATE TABLE scan_runs (seq {seq}, id TEXT NOT NULL UNIQUE, org_id TEXT NOT NULL, service_id TEXT NOT NULL REFERENCES services(id),
              spec_hash TEXT NOT NULL, spec_format TEXT NOT NULL, spec_version TEXT, spec_title TEXT,
              endpoint_count INTEGER NOT NULL, finding_count INTEGER NOT NULL, created_by TEXT, created_at TEXT NOT NULL)
            """,
            "CREATE INDEX scan_runs_org ON scan_runs (org_id, seq)",
            "CREATE INDEX scan_runs_service ON scan_runs (service_id, seq)",
            """
            CREATE TABLE scan_endpoints (run_id TEXT NOT NULL REFERENCES scan_runs(id), position INTEGER NOT NULL, id TEXT NOT NULL,
              method TEXT NOT NULL, path TEXT NOT NULL, operation_id TEXT, tags TEXT NOT NULL, summary TEXT,
              PRIMARY KEY (run_id, position))
            """,
            """
            CREATE TABLE scan_findings (run_id TEXT NOT NULL REFERENCES scan_runs(id), position INTEGER NOT NULL, id TEXT NOT NULL,
              code TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, method TEXT, path TEXT,
              PRIMARY KEY (run_id, position))
            """,
            """
            CREATE TABLE jobs (seq {seq}, id TEXT NOT NULL UNIQUE, org_id TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
              progress INTEGER NOT NULL, total INTEGER NOT NULL, service_id TEXT NOT NULL, scan_run_id TEXT NOT NULL,
              previous_scan_run_id TEXT, created_by TEXT, created_at TEXT NOT NULL, started_at TEXT, completed_at TEXT,
              error_message TEXT, result TEXT, lease_owner TEXT, lease_until TEXT)
            """,
            "CREATE INDEX jobs_org ON jobs (org_id, seq)",
            "CREATE INDEX jobs_queue ON jobs (status, seq)",
        ]
    ]

    /// Brings `database` to `version`, each step in its own transaction. Safe to run from several servers at
    /// once on PostgreSQL: the version row is locked while a step runs.
    static func migrate(_ database: any SQLDatabase) async throws {
        try await database.query("CREATE TABLE IF NOT EXISTS schema_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)", [])
        try await database.query("INSERT INTO schema_version (id, version) VALUES (1, 0) ON CONFLICT DO NOTHING", [])
        try await database.transaction { db in
            let lock = database.dialect == .postgres ? " FOR UPDATE" : ""
            let rows = try await db.query("SELECT version FROM schema_version WHERE id = 1" + lock, [])
            var current = rows.first.flatMap { $0.optionalInt("version") } ?? 0
            guard current <= version else {
                throw StorageError.badLocation(
                    "the database has schema version \(current), newer than this server's \(version); upgrade specc")
            }
            while current < version {
                for statement in migrations[current] {
                    try await db.query(Self.ddl(statement, dialect: database.dialect), [])
                }
                current += 1
                try await db.query("UPDATE schema_version SET version = ? WHERE id = 1", [.integer(Int64(current))])
            }
        }
    }

    static func ddl(_ statement: String, dialect: SQLDialect) -> String {
        switch dialect {
        case .sqlite: statement.replacingOccurrences(of: "{seq}", with: "INTEGER PRIMARY KEY AUTOINCREMENT")
        case .postgres: statement.replacingOccurrences(of: "{seq}", with: "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
        }
    }
}
