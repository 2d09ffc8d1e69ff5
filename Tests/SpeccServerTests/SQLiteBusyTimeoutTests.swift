import Foundation
import Testing

@testable import SpeccServer

/// Two `SQLiteStorage`s on one file take turns for the write lock: the second waits up to its busy timeout,
/// then fails with a database error rather than hanging.
@Suite struct SQLiteBusyTimeoutTests {
    @Test func aSecondConnectionWaitsForTheWriteLockUpToItsTimeout() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specc-busy-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        let location = DatabaseLocation.sqlite(path: folder.appendingPathComponent("specc.sqlite").path)
        // sqlite-nio traps when a connection is dropped unclosed: every path below closes what it opened.
        let first = try await location.open()
        let patient: any SQLDatabase
        do {
            patient = try await location.open(sqliteBusyTimeoutMilliseconds: 30_000)
        } catch {
            await first.close()
            throw error
        }
        // The first holds the write lock until the test lets go (no timing: CI's load once stretched a fixed
        // 1.5 s hold past the moment the impatient connection tried).
        let locked = AsyncStream<Void>.makeStream()
        let release = AsyncStream<Void>.makeStream()
        let transaction = Task {
            defer { locked.continuation.finish() }
            try await first.transaction { db in
                try await db.query("INSERT INTO schema_version (id, version) VALUES (2, 0)", [])
                locked.continuation.yield()
                var waiting = release.stream.makeAsyncIterator()
                await waiting.next()
            }
        }
        do {
            let timeout = try await patient.query("PRAGMA busy_timeout", [])
            #expect(timeout.first?.optionalInt("timeout") == 30_000, "\(timeout)")
            var isLocked = locked.stream.makeAsyncIterator()
            await isLocked.next()

            // A connection that waits 0.1 s gives up with SQLite's own words.
            do {
                let impatient = try await location.open(sqliteBusyTimeoutMilliseconds: 100)
                await impatient.close()
                Issue.record("opening (which writes the schema version row) did not wait for the lock")
            } catch let error as StorageError {
                #expect("\(error)".contains("locked"), "\(error)")
            }

            // The patient one starts writing while the lock is held, waits, and writes once the first commits.
            let write = Task { try await patient.query("INSERT INTO schema_version (id, version) VALUES (3, 0)", []) }
            try await Task.sleep(for: .milliseconds(300))
            release.continuation.finish()
            _ = try await write.value
            try await transaction.value
            let rows = try await patient.query("SELECT id FROM schema_version ORDER BY id", [])
            #expect(rows.map { $0.optionalInt("id") } == [1, 2, 3])
        } catch {
            Issue.record("unexpected error: \(error)")
        }
        release.continuation.finish()
        _ = try? await transaction.value
        await patient.close()
        await first.close()
    }
}
