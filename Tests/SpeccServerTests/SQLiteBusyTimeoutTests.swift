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
        let holder = Task {
            let locked = AsyncStream<Void>.makeStream()
            let transaction = Task {
                defer { locked.continuation.finish() }
                try await first.transaction { db in
                    try await db.query("INSERT INTO schema_version (id, version) VALUES (2, 0)", [])
                    locked.continuation.yield()
                    try await Task.sleep(for: .milliseconds(1_500))
                }
            }
            var iterator = locked.stream.makeAsyncIterator()
            await iterator.next()
            return transaction
        }
        do {
            let timeout = try await patient.query("PRAGMA busy_timeout", [])
            #expect(timeout.first?.optionalInt("timeout") == 30_000, "\(timeout)")
            // The first now holds the write lock for 1.5 s.
            let transaction = await holder.value

            // A connection that waits 0.1 s gives up with SQLite's own words.
            do {
                let impatient = try await location.open(sqliteBusyTimeoutMilliseconds: 100)
                await impatient.close()
                Issue.record("opening (which writes the schema version row) did not wait for the lock")
            } catch let error as StorageError {
                #expect("\(error)".contains("locked"), "\(error)")
            }

            // The patient one waits until the first commits, then writes.
            try await patient.query("INSERT INTO schema_version (id, version) VALUES (3, 0)", [])
            try await transaction.value
            let rows = try await patient.query("SELECT id FROM schema_version ORDER BY id", [])
            #expect(rows.map { $0.optionalInt("id") } == [1, 2, 3])
        } catch {
            Issue.record("unexpected error: \(error)")
        }
        try? await holder.value.value
        await patient.close()
        await first.close()
    }
}
