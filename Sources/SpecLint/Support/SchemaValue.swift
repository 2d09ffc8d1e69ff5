import SpecModel

/// A JSON value checked against a schema: the instance side of `SchemaValueValidator`.
///
/// Lint builds it from the nodes of an `example`, `default` or `enum` entry; a server can build it from a
/// decoded request body. Integers that fit 64 bits stay exact; other numbers are doubles.
public indirect enum SchemaValue: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number that fits 64 bits.
    case integer(Int64)
    /// Any other number.
    case number(Double)
    /// Text.
    case string(String)
    /// A list.
    case array([SchemaValue])
    /// An object, members in the order written.
    case object([(name: String, value: SchemaValue)])

    /// Values whose nodes expand to more than this many (aliases counted in full) are not converted.
    public static let maxNodeCount = 200_000

    /// Converts a document node: scalars by their YAML/JSON value, mappings to objects (the first of duplicate
    /// keys wins, as in lookups), sequences to arrays. Nil for a node too large to check
    /// (see `maxNodeCount`), which keeps alias bombs from costing anything here.
    public init?(node: Node) {
        guard node.expandedSize <= SchemaValue.maxNodeCount else { return nil }
        self = SchemaValue.convert(node)
    }

    private static func convert(_ node: Node) -> SchemaValue {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .int(let value): return .integer(value)
            case .double(let value): return .number(value)
            case .string(let value): return .string(value)
            }
        case .sequence(let items):
            return .array(items.map(convert))
        case .mapping(let entries):
            var seen: Set<String> = []
            var members: [(name: String, value: SchemaValue)] = []
            members.reserveCapacity(entries.count)
            for entry in entries where seen.insert(entry.name).inserted {
                members.append((entry.name, convert(entry.value)))
            }
            return .object(members)
        }
    }

    /// The JSON type name as messages print it: `null`, `boolean`, `integer`, `number`, `string`, `array`,
    /// `object`. A double with no fractional part is a `number` here; type checks still accept it as an integer.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The numeric value, for integers and numbers.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// Whether the value is a number with no fractional part (JSON Schema counts `1.0` as an integer).
    public var isIntegral: Bool {
        switch self {
        case .integer: true
        case .number(let value): value.isFinite && value.rounded(.towardZero) == value
        default: false
        }
    }

    /// JSON equality: numbers compare by value (`1 == 1.0`), objects ignore member order.
    public func isEqual(to other: SchemaValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let left), .bool(let right)): return left == right
        case (.integer(let left), .integer(let right)): return left == right
        case (.string(let left), .string(let right)): return left == right
        case (.integer, .number), (.number, .integer), (.number, .number):
            return doubleValue == other.doubleValue
        case (.array(let left), .array(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.isEqual(to: $1) }
        case (.object(let left), .object(let right)):
            guard left.count == right.count else { return false }
            var byName: [String: SchemaValue] = [:]
            for member in right { byName[member.name] = member.value }
            return left.allSatisfy { member in byName[member.name].map { member.value.isEqual(to: $0) } ?? false }
        default:
            return false
        }
    }

    /// A short rendering for messages: strings in single quotes, numbers and literals plain, containers
    /// abbreviated.
    public var shortDescription: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .integer(let value): return String(value)
        case .number(let value):
            if value.isFinite, value.rounded(.towardZero) == value, abs(value) < 1e15 { return String(Int64(value)) }
            return String(value)
        case .string(let value):
            let clipped = value.count > 40 ? String(value.prefix(37)) + "..." : value
            return "'\(clipped)'"
        case .array(let items): return items.isEmpty ? "[]" : "[...]"
        case .object(let members): return members.isEmpty ? "{}" : "{...}"
        }
    }
}
