import Foundation
import SpeccAPI

/// Everything the runtime keeps, over either database. Methods take the caller's organization id first and
/// never find rows of another organization: an id from elsewhere reads as "not found".
public struct Store: Sendable {
    let db: any SQLDatabase
    /// The clock; tests move it to expire keys and make rotation due.
    let now: @Sendable () -> Date
    /// Hot rows in memory; SQLite only (see `ReadCache`).
    let cache: ReadCache?

    public init(database: any SQLDatabase, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = database
        self.now = now
        self.cache = database.dialect == .sqlite ? ReadCache() : nil
    }

    /// Call after a write to keys, service accounts or application keys.
    func invalidateCache() { cache?.clear() }

    /// Creates or upgrades the tables.
    public func migrate() async throws { try await Schema.migrate(db) }

    static func newId() -> String { UUID().uuidString.lowercased() }

    var nowText: String { Timestamp.text(now()) }
}

/// One page of a list ordered by `seq`, newest first unless the list says otherwise.
struct Page<Item: Sendable>: Sendable {
    var items: [Item]
    var nextCursor: String?
}

/// Limit and cursor of a list request, checked.
struct PageRequest: Sendable {
    var limit: Int
    /// Rows with `seq` beyond this one (below for newest-first lists).
    var after: Int64?

    static let defaultLimit = 20

    init(limit: Int?, cursor: String?) throws {
        let limit = limit ?? PageRequest.defaultLimit
        guard (1...100).contains(limit) else {
            throw APIFailure.invalid("invalid query parameter 'limit'", path: "limit", problem: "must be between 1 and 100")
        }
        self.limit = limit
        if let cursor {
            guard let value = Int64(cursor), value > 0 else {
                throw APIFailure.invalid("invalid query parameter 'cursor'", path: "cursor", problem: "must be a cursor this server returned")
            }
            self.after = value
        }
    }

    /// Cuts the extra row fetched to learn whether another page exists.
    func page<Item>(_ rows: [SQLRow], _ map: (SQLRow) throws -> Item) throws -> Page<Item> {
        let items = try rows.prefix(limit).map(map)
        let next = rows.count > limit ? rows[limit - 1].optionalString("seq") : nil
        return Page(items: items, nextCursor: next)
    }
}
