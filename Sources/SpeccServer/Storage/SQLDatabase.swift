/// Runs statements. SQL is written once for both databases with `?` placeholders; a driver rewrites them
/// for its database. Statements that differ between the two ask `dialect`.
public protocol SQLExecutor: Sendable {
    /// Runs one statement and returns its rows.
    @discardableResult
    func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow]
}

/// The two SQL dialects the runtime writes.
public enum SQLDialect: Sendable {
    case sqlite
    case postgres
}

/// A database: statements outside a transaction may run on any connection; `transaction` runs its body
/// on one connection between BEGIN and COMMIT (ROLLBACK when the body throws).
public protocol SQLDatabase: SQLExecutor {
    var dialect: SQLDialect { get }
    func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T
    /// Closes every connection.
    func close() async
}
