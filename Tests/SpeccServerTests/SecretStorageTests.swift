import Foundation
import Testing

@testable import SpeccServer

/// Raw keys never reach the database files or the log; the database holds their SHA-256 digests.
@Suite struct SecretStorageTests {
    static func contains(_ haystack: Data, _ needle: String) -> Bool {
        haystack.range(of: Data(needle.utf8)) != nil
    }

    @Test func rawKeysAppearNeitherInTheDatabaseNorInTheLog() async throws {
        let log = LogCapture()
        let server = try await TestServer.start {
            $0.logger = log.logger
            $0.logLevel = .trace
        }
        var secrets = [server.ownerKey]
        var current: [String] = [server.ownerKey]

        let first = try await server.issueKey(scopes: ["scans:read", "scans:write"], name: "first")
        let second = try await server.issueKey(scopes: ["jobs:read"], name: "second")
        secrets += [first.raw, second.raw]
        let rotated = try await server.send("POST", "/api/api-keys/\(first.id)/rotate", key: server.ownerKey)
        let rotatedRaw = rotated.object["rawKey"] as? String ?? ""
        #expect(KeyFormat.isWellFormed(rotatedRaw))
        secrets.append(rotatedRaw)
        current += [rotatedRaw, second.raw]
        let application = try await server.send("POST", "/api/workspace/application-key/regenerate", key: server.ownerKey)
        let applicationRaw = application.object["applicationKey"] as? String ?? ""
        #expect(KeyFormat.isWellFormed(applicationRaw))
        secrets.append(applicationRaw)
        current.append(applicationRaw)

        // Use every live key, send a revoked and a wrong one, and cause a few failures the log may mention.
        for raw in current {
            _ = try await server.send("GET", "/api/me", key: raw, header: raw.hasPrefix("specca_") ? .appkey : .bearer)
        }
        _ = try await server.send("GET", "/api/me", key: first.raw)
        _ = try await server.send("GET", "/api/scans", key: second.raw)
        _ = try await server.ingest(service: "S", endpoints: [TestServer.endpoint("GET", "/a")], key: rotatedRaw)
        _ = try await server.send("POST", "/api/scans/ingest", key: rotatedRaw, rawBody: Data("{".utf8))
        #expect(try await server.send("POST", "/api/api-keys/\(second.id)/revoke", key: server.ownerKey).status == 200)
        _ = try await server.send("GET", "/api/jobs", key: second.raw)
        #expect(secrets.allSatisfy { KeyFormat.isWellFormed($0) })

        // Make requests fail inside the server so its error paths log, with keys in flight.
        try await server.withSideStore { _, database in
            try await database.query("ALTER TABLE jobs RENAME TO jobs_moved_away", [])
        }
        let failing = try await server.send("GET", "/api/jobs", key: server.ownerKey)
        #expect(failing.status == 500)
        #expect(failing.errorCode == "internal")
        #expect(!failing.text.contains("jobs_moved_away"), "storage details stay in the log")
        let failingUpload = try await server.ingest(service: "S2", endpoints: [], key: rotatedRaw)
        #expect(failingUpload.status == 500)
        #expect(!log.lines.isEmpty, "the failures were logged")

        await server.stop()

        // The database files are SQLite's; on PostgreSQL the same rows are read back through SQL below.
        var all = Data()
        let files = server.location == .sqlite(path: server.databasePath) ? ["", "-wal", "-shm"].map { server.databasePath + $0 } : []
        for path in files {
            guard let bytes = FileManager.default.contents(atPath: path) else { continue }
            all.append(bytes)
            for secret in secrets {
                #expect(!Self.contains(bytes, secret), "a raw key is in \(URL(fileURLWithPath: path).lastPathComponent)")
                // Not even without the tag, or its random part alone.
                #expect(!Self.contains(bytes, String(secret.dropFirst(6).dropLast(7))))
            }
        }
        if files.isEmpty {
            // Every text column of the key tables, as stored.
            let database = try await server.location.open()
            for table in ["api_keys", "application_keys", "key_usage"] {
                for row in try await database.query("SELECT * FROM \(table)", []) {
                    all.append(Data(String(describing: row).utf8))
                }
            }
            await database.close()
            for secret in secrets {
                #expect(!Self.contains(all, String(secret.dropFirst(6).dropLast(7))), "a raw key is stored")
            }
        }
        #expect(all.count > 0, "the database holds the keys")
        for secret in current {
            #expect(Self.contains(all, KeyFormat.digest(secret)), "the digest of a live key is stored")
            #expect(Self.contains(all, String(secret.prefix(12))), "its prefix is stored")
        }

        let lines = log.lines
        for line in lines {
            for secret in secrets {
                #expect(!line.contains(String(secret.dropFirst(6).dropLast(7))), "a raw key was logged: \(line)")
            }
        }
        await server.stopAndRemove()
    }
}
