import Foundation
import Logging
import NIOPosix
import SQLiteNIO

/// SQLite through sqlite-nio: one writer connection whose transactions take turns (SQLite allows one
/// writer), and a few reader connections that WAL lets run beside it. Settings: WAL journal,
/// `synchronous=FULL` (a 201 means the row is on disk), foreign keys on, and a busy timeout (5 s unless told)
/// for when another process holds the write lock: a second `specc serve`, or a tool, on the same file.
///
/// Each storage runs its connections on a thread pool of its own, one thread per connection. sqlite-nio's
/// default is one pool for the whole process with a thread per core, and SQLite waits for a lock by sleeping
/// on its thread: two storages on one file (a test and the server it starts) could then block every thread
/// in a wait for a lock whose release was queued behind them, and fail with "database is locked".
public final class SQLiteStorage: SQLDatabase, @unchecked Sendable {
    public let dialect = SQLDialect.sqlite
    private let writer: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let threads: NIOThreadPool
    private let writeLock = AsyncLock()
    // Round-robin index over `readers`; a data race here only skews the spread.
    private let next = ManagedAtomicCounter()

    private init(writer: SQLiteConnection, readers: [SQLiteConnection], threads: NIOThreadPool) {
        self.writer = writer
        self.readers = readers
        self.threads = threads
    }

    /// The busy timeout when none is given: how long a statement waits for another process's write lock.
    public static let defaultBusyTimeoutMilliseconds = 5_000

    /// Opens (creating when missing) the database file at `path`, with its folder. `busyTimeoutMilliseconds`
    /// is how long a statement waits while another connection (another process, or a second `SQLiteStorage`)
    /// holds the write lock before it fails with "database is locked".
    public static func open(
        path: String, readers readerCount: Int = 3, busyTimeoutMilliseconds: Int = defaultBusyTimeoutMilliseconds
    ) async throws -> SQLiteStorage {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw StorageError.badLocation("cannot create the database folder '\(folder)': \(error.localizedDescription)")
            }
        }
        var logger = Logger(label: "specc.sqlite")
        logger.logLevel = .warning
        let threads = NIOThreadPool(numberOfThreads: max(readerCount, 0) + 1)
        threads.start()
        let eventLoop = MultiThreadedEventLoopGroup.singleton.any()
        let writer: SQLiteConnection
        do {
            writer = try await SQLiteConnection.open(storage: .file(path: path), threadPool: threads, logger: logger, on: eventLoop)
        } catch {
            try? await threads.shutdownGracefully()
            throw StorageError.badLocation("cannot open the SQLite database '\(path)': \(error)")
        }
        var readers: [SQLiteConnection] = []
        do {
            // The busy timeout comes first: even `journal_mode` has to read the file, and without a timeout a
            // moment of another process's lock fails at once.
            let busyTimeout = "PRAGMA busy_timeout=\(max(busyTimeoutMilliseconds, 0))"
            for pragma in [busyTimeout, "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"] {
                _ = try await writer.query(pragma, [])
            }
            for _ in 0..<max(readerCount, 0) {
                let reader = try await SQLiteConnection.open(
                    storage: .file(path: path), threadPool: threads, logger: logger, on: eventLoop)
                readers.append(reader)
                _ = try await reader.query(busyTimeout, [])
                _ = try await reader.query("PRAGMA query_only=ON", [])
            }
        } catch {
            // Every opened connection must be closed (sqlite-nio insists), also when setting one up failed.
            for reader in readers { try? await reader.close() }
            try? await writer.close()
            try? await threads.shutdownGracefully()
            throw StorageError.badLocation("cannot use the SQLite database '\(path)': \(error)")
        }
        return SQLiteStorage(writer: writer, readers: readers, threads: threads)
    }

    public func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        if readers.isEmpty || !Self.isRead(sql) {
            return try await writeLock.withLock { try await Self.run(writer, sql, binds) }
        }
        let reader = readers[next.increment() % readers.count]
        return try await Self.run(reader, sql, binds)
    }

    public func transaction<T: Sendable>(_ body: @Sendable (any SQLExecutor) async throws -> T) async throws -> T {
        try await writeLock.withLock {
            let connection = Connection(connection: writer)
            _ = try await Self.run(writer, "BEGIN IMMEDIATE", [])
            do {
                let result = try await body(connection)
                _ = try await Self.run(writer, "COMMIT", [])
                return result
            } catch {
                _ = try? await Self.run(writer, "ROLLBACK", [])
                throw error
            }
        }
    }

    public func close() async {
        // Closing must also work from a cancelled task (a server stopped by cancellation), and sqlite-nio's
        // calls give up in one: close from a task of its own.
        let readers = readers
        let writer = writer
        let threads = threads
        await Task.detached {
            for reader in readers { try? await reader.close() }
            try? await writer.close()
            try? await threads.shutdownGracefully()
        }.value
    }

    private static func isRead(_ sql: String) -> Bool {
        sql.utf8.prefix(6).elementsEqual("SELECT".utf8)
    }

    fileprivate static func run(_ connection: SQLiteConnection, _ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        let data = binds.map { value -> SQLiteData in
            switch value {
            case .integer(let number): .integer(Int(number))
            case .double(let number): .float(number)
            case .str(let text): .text(text)
            case .null: .null
            }
        }
        let rows: [SQLiteRow]
        do {
            rows = try await connection.query(sql, data)
        } catch let error as SQLiteError {
            switch error.reason {
            case .constraint, .constraintUniqueFailed, .constraintPrimaryKeyFailed:
                throw StorageError.conflict(error.message)
            default:
                throw StorageError.database(error.message)
            }
        }
        return rows.map { row in
            var values: [String: SQLValue] = [:]
            for column in row.columns {
                switch column.data {
                case .integer(let number): values[column.name] = .integer(Int64(number))
                case .float(let number): values[column.name] = .double(number)
                case .text(let text): values[column.name] = .str(text)
                case .blob(let buffer): values[column.name] = .str(buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) ?? "")
                case .null: values[column.name] = .null
                }
            }
            return SQLRow(values)
        }
    }

    /// The writer connection inside a transaction.
    private struct Connection: SQLExecutor {
        let connection: SQLiteConnection
        func query(_ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
            try await SQLiteStorage.run(connection, sql, binds)
        }
    }
}

/// A counter shared by threads.
final class ManagedAtomicCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value &+= 1
        return value & Int.max
    }
}
