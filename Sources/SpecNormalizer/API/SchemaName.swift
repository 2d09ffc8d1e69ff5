/// The unique name of a schema in `API.schemas`: the component name for root components, a name derived from
/// the file and pointer for schemas reached in other files (`Pet`, `Pet_2`).
public struct SchemaName: RawRepresentable, Sendable, Hashable, Codable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The name.
    public let rawValue: String

    /// Wraps a name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a name written as a literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Decodes from a plain string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// Orders names by their UTF-8 bytes.
    public static func < (lhs: SchemaName, rhs: SchemaName) -> Bool {
        lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
    }
}

/// Where a schema is used: by name, or written in place.
public indirect enum SchemaUse: Sendable, Hashable, Codable {
    /// A named schema of `API.schemas`.
    case named(SchemaName)
    /// A schema written in place.
    case inline(NormalizedSchema)

    private enum CodingKeys: String, CodingKey {
        case named, inline
    }

    /// Decodes `{"named": "Pet"}` or `{"inline": {...}}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let name = try container.decodeIfPresent(SchemaName.self, forKey: .named) {
            self = .named(name)
        } else {
            self = .inline(try container.decode(NormalizedSchema.self, forKey: .inline))
        }
    }

    /// Encodes `{"named": "Pet"}` or `{"inline": {...}}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .named(let name): try container.encode(name, forKey: .named)
        case .inline(let schema): try container.encode(schema, forKey: .inline)
        }
    }

    /// The name, when the use is by name.
    public var name: SchemaName? {
        if case .named(let name) = self { return name }
        return nil
    }
}

/// A schema of `API.schemas` with its name.
public struct NamedSchema: Sendable, Hashable, Codable {
    /// The unique name.
    public var name: SchemaName
    /// The schema.
    public var schema: NormalizedSchema

    /// Creates a named schema.
    public init(name: SchemaName, schema: NormalizedSchema) {
        self.name = name
        self.schema = schema
    }
}
