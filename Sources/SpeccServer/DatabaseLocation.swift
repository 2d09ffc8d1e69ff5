/// Where the runtime keeps its data: `sqlite:PATH` (default `.specc/specc.sqlite`) or a `postgres://` URL.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    public static let defaultSQLite = DatabaseLocation.sqlite(path: ".specc/specc.sqlite")

    /// Parses the `--database` value.
    public init(parsing text: String) throws {
        if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw StorageError.badLocation("'sqlite:' needs a file path, as in sqlite:.specc/specc.sqlite") }
            self = .sqlite(path: path)
        } else if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else {
            throw StorageError.badLocation(
                "unknown database '\(text)': use sqlite:PATH or postgres://USER@HOST:PORT/DATABASE")
        }
    }

    /// For messages: the URL without its password.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:" + path
        case .postgres(let url):
            guard let at = url.firstIndex(of: "@"), let scheme = url.range(of: "://") else { return url }
            let credentials = url[scheme.upperBound..<at]
            guard let colon = credentials.firstIndex(of: ":") else { return url }
            return String(url[..<colon]) + ":***" + String(url[at...])
        }
    }

    /// Opens the database and brings its tables up to date. `sqliteBusyTimeoutMilliseconds` is SQLite's wait
    /// for another process's write lock (PostgreSQL waits for row locks by itself).
    public func open(
        sqliteBusyTimeoutMilliseconds: Int = SQLiteStorage.defaultBusyTimeoutMilliseconds
    ) async throws -> any SQLDatabase {
        switch self {
        case .sqlite(let path):
            let database = try await SQLiteStorage.open(path: path, busyTimeoutMilliseconds: sqliteBusyTimeoutMilliseconds)
            do {
                try await Schema.migrate(database)
            } catch {
                await database.close()
                throw error
            }
            return database
        case .postgres(let url):
            let database = try await PostgresStorage.open(url: url)
            do {
                try await Schema.migrate(database)
            } catch {
                await database.close()
                throw error
            }
            return database
        }
    }
}
