import Foundation
import Logging
import PostgresNIO

/// PostgreSQL through postgres-nio's connection pool, for several servers sharing one database. Statements
/// use `?` placeholders like SQLite's; they are rewritten to `$1, $2, …` here.
public final class PostgresStorage: SQLDatabase, @unchecked Sendable {
    public let dialect = SQLDialect.postgres
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    private init(client: PostgresClient, runner: Task<Void, Never>, logger: Logger) {
        self.client = client
        self.runner = runner
        self.logger = logger
    }

    /// Connects to `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` (TLS off: loopback or a private
    /// network) and checks the connection with a first query.
    public static func open(url text: String, maxConnections: Int = 10) async throws -> PostgresStorage {
        guard let url = URLComponents(string: text), let host = url.host, !host.isEmpty, let user = url.user else {
            throw StorageError.badLocation("cannot read the PostgreSQL URL; expected postgres://USER@HOST:PORT/DATABASE")
        }
        let database = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        var configuration = PostgresClient.Configuration(
            host: host, port: url.port ?? 5432, username: user, password: url.password,
            database: database.isEmpty ? nil : database, tls: .disable)
        configuration.options.maximumConnections = maxConnections
        var logger = Logger(label: "specc.postgres")
        logger.logLevel = .warning
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        // PostgresNIO warns when a connection is leased before `run()` has started: wait until the runner task
        // is about to call it. `run()` marks itself running before its first suspension, so the first query
        // below finds it running.
        let (started, starting) = AsyncStream<Void>.makeStream()
        let runner = Task {
            starting.finish()
            await client.run()
        }
        for await _ in started {}
        let storage = PostgresStorage(client: client, runner: runner, logger: logger)
        do {
            _ = try await storage.query("SELECT 1", [])
        } catch {
            runner.cancel()
            throw StorageError.badLocation("cannot connect to PostgreSQL at \(host):\(url.port ?? 5432): \(error)")
        }
        return storage
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await Self.run(sql, binds) { try await client.query($0, logger: logger) }
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            let executor = Connection(connection: connection, logger: self.logger)
            try await connection.query("BEGIN", logger: self.logger)
            do {
                let result = try await body(executor)
                try await connection.query("COMMIT", logger: self.logger)
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: self.logger)
                throw error
            }
        }
    }

    public func close() async {
        runner.cancel()
        _ = await runner.value
    }

    private struct Connection: SQLExecutor {
        let connection: PostgresConnection
        let logger: Logger
        func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
            try await PostgresStorage.run(sql, binds) { try await connection.query($0, logger: logger) }
        }
    }

    static func run(
        _ sql: String, _ binds: [SQLValue], _ execute: (PostgresQuery) async throws -> PostgresRowSequence
    ) async throws -> [SQLRow] {
        var bindings = PostgresBindings(capacity: binds.count)
        for value in binds {
            switch value {
            case .integer(let number): bindings.append(number)
            case .double(let number): bindings.append(number)
            case .str(let text): bindings.append(text)
            case .null: bindings.appendNull()
            }
        }
        let query = PostgresQuery(unsafeSQL: numbered(sql), binds: bindings)
        do {
            let rows = try await execute(query).collect()
            return try rows.map(row)
        } catch let error as PSQLError {
            let state = error.serverInfo?[.sqlState]
            if state == "23505" { throw StorageError.conflict(error.serverInfo?[.message] ?? "unique violation") }
            throw StorageError.database(error.serverInfo?[.message] ?? String(describing: error.code))
        }
    }

    /// `?` → `$1, $2, …`, leaving quoted text alone.
    static func numbered(_ sql: String) -> String {
        var result = ""
        result.reserveCapacity(sql.utf8.count + 16)
        var index = 0
        var quoted = false
        for character in sql {
            if character == "'" { quoted.toggle() }
            if character == "?" && !quoted {
                index += 1
                result += "$\(index)"
            } else {
                result.append(character)
            }
        }
        return result
    }

    static func row(_ row: PostgresRow) throws -> SQLRow {
        var values: [String: SQLValue] = [:]
        for cell in row {
            guard cell.bytes != nil else {
                values[cell.columnName] = .null
                continue
            }
            switch cell.dataType {
            case .int8: values[cell.columnName] = .integer(try cell.decode(Int64.self))
            case .int4: values[cell.columnName] = .integer(Int64(try cell.decode(Int32.self)))
            case .int2: values[cell.columnName] = .integer(Int64(try cell.decode(Int16.self)))
            case .float8, .float4, .numeric: values[cell.columnName] = .double(try cell.decode(Double.self))
            case .bool: values[cell.columnName] = .integer(try cell.decode(Bool.self) ? 1 : 0)
            default: values[cell.columnName] = .str(try cell.decode(String.self))
            }
        }
        return SQLRow(values)
    }
}
