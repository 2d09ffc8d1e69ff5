/// A value bound to or read from a SQL statement, the same for SQLite and PostgreSQL.
public enum SQLValue: Sendable, Hashable {
    case integer(Int64)
    case double(Double)
    case str(String)
    case null

    /// `.text` for a string, `.null` for nil.
    static func text(_ value: String?) -> SQLValue { value.map { .str($0) } ?? .null }
    /// `.integer` for a number, `.null` for nil.
    static func int(_ value: Int?) -> SQLValue { value.map { .integer(Int64($0)) } ?? .null }
    /// Booleans are stored as 0 and 1 in both databases.
    static func bool(_ value: Bool) -> SQLValue { .integer(value ? 1 : 0) }

    var string: String? {
        switch self {
        case .str(let value): value
        case .integer(let value): String(value)
        case .double(let value): String(value)
        case .null: nil
        }
    }

    var int: Int? {
        switch self {
        case .integer(let value): Int(value)
        case .double(let value): Int(value)
        case .str(let value): Int(value)
        case .null: nil
        }
    }

    var double: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .double(let value): value
        case .str(let value): Double(value)
        case .null: nil
        }
    }
}

/// One result row: column values by name.
public struct SQLRow: Sendable {
    let values: [String: SQLValue]

    init(_ values: [String: SQLValue]) { self.values = values }

    /// The column's text; throws when it is missing or null.
    func string(_ column: String) throws -> String {
        guard let value = values[column]?.string else { throw StorageError.corrupt("column \(column) is null") }
        return value
    }

    func optionalString(_ column: String) -> String? { values[column]?.string }

    func int(_ column: String) throws -> Int {
        guard let value = values[column]?.int else { throw StorageError.corrupt("column \(column) is null") }
        return value
    }

    func optionalInt(_ column: String) -> Int? { values[column]?.int }

    func double(_ column: String) throws -> Double {
        guard let value = values[column]?.double else { throw StorageError.corrupt("column \(column) is null") }
        return value
    }

    func bool(_ column: String) throws -> Bool { try int(column) != 0 }
}

/// A storage failure that is not the caller's fault.
public enum StorageError: Error, CustomStringConvertible, Sendable {
    /// A stored value does not have the shape the server wrote.
    case corrupt(String)
    /// The database URL cannot be used.
    case badLocation(String)
    /// The database refused a statement.
    case database(String)
    /// A uniqueness rule was broken (the caller maps it to 409).
    case conflict(String)

    public var description: String {
        switch self {
        case .corrupt(let detail): "stored data is inconsistent: \(detail)"
        case .badLocation(let detail): detail
        case .database(let detail): "database error: \(detail)"
        case .conflict(let detail): "conflict: \(detail)"
        }
    }
}
