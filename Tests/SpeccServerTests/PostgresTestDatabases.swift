import Foundation

@testable import SpeccServer

/// One PostgreSQL database per test server, on the server named by `SPECC_TEST_POSTGRES_URL`.
enum PostgresTestDatabases {
    enum Failure: Error, CustomStringConvertible {
        case noServer
        var description: String {
            "SPECC_TEST_BACKEND=postgres needs SPECC_TEST_POSTGRES_URL (scripts/test-postgres start DIR prints one)"
        }
    }

    static var adminURL: String? { ProcessInfo.processInfo.environment["SPECC_TEST_POSTGRES_URL"] }

    /// Creates an empty database and returns its URL.
    static func create() async throws -> String {
        guard let admin = adminURL else { throw Failure.noServer }
        let name = "specc_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let storage = try await PostgresStorage.open(url: admin, maxConnections: 1)
        defer { Task { await storage.close() } }
        _ = try await storage.query("CREATE DATABASE \(name)", [])
        return url(admin, database: name)
    }

    /// Drops the database of `url` (connections still open are ended).
    static func drop(_ url: String) async {
        guard let admin = adminURL, let name = URLComponents(string: url)?.path.dropFirst(), name.hasPrefix("specc_t_"),
            let storage = try? await PostgresStorage.open(url: admin, maxConnections: 1)
        else { return }
        _ = try? await storage.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", [])
        await storage.close()
    }

    static func url(_ admin: String, database: String) -> String {
        guard var components = URLComponents(string: admin) else { return admin }
        components.path = "/" + database
        return components.string ?? admin
    }
}
