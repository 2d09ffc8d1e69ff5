/// A schema with its references replaced by names and its version differences smoothed out.
///
/// - `nullable` is true for 3.0 `nullable: true` and for a 3.1 `null` among `types` (`types` stays as written).
/// - 3.0 boolean `exclusiveMinimum`/`exclusiveMaximum` become the 3.1 numeric form: the bound moves from
///   `minimum`/`maximum` to `exclusiveMinimum`/`exclusiveMaximum`.
/// - 3.0 `example` and 3.1 `examples` are both in `examples`.
public struct NormalizedSchema: Sendable, Hashable, Codable {
    /// A schema applied beside these keywords: a 3.1 `$ref` with sibling keywords, or, for a component that
    /// only refers to another schema, that schema.
    public var reference: SchemaName?
    /// For a 3.1 boolean schema: its value (`true` accepts anything, `false` nothing).
    public var booleanSchema: Bool?
    /// Type names as written; empty when absent.
    public var types: [String] = []
    /// Whether `null` is accepted.
    public var nullable: Bool = false
    /// Format.
    public var format: String?
    /// Title.
    public var title: String?
    /// Description.
    public var description: String?
    /// Allowed values.
    public var enumValues: [JSONValue]?
    /// The single allowed value (3.1 `const`).
    public var constValue: JSONValue?
    /// Default value.
    public var defaultValue: JSONValue?
    /// Examples.
    public var examples: [JSONValue] = []
    /// Properties in document order.
    public var properties: [SchemaProperty] = []
    /// Names of required properties, as written.
    public var required: [String] = []
    /// `additionalProperties`.
    public var additionalProperties: AdditionalSchema?
    /// Minimum number of properties.
    public var minProperties: Int?
    /// Maximum number of properties.
    public var maxProperties: Int?
    /// `items`.
    public var items: SchemaUse?
    /// `prefixItems` (3.1).
    public var prefixItems: [SchemaUse] = []
    /// Minimum number of items.
    public var minItems: Int?
    /// Maximum number of items.
    public var maxItems: Int?
    /// Whether items must be unique.
    public var uniqueItems: Bool = false
    /// `allOf`.
    public var allOf: [SchemaUse] = []
    /// `oneOf`.
    public var oneOf: [SchemaUse] = []
    /// `anyOf`.
    public var anyOf: [SchemaUse] = []
    /// `not`.
    public var not: SchemaUse?
    /// Discriminator.
    public var discriminator: NormalizedDiscriminator?
    /// Inclusive lower bound.
    public var minimum: Double?
    /// Inclusive upper bound.
    public var maximum: Double?
    /// Exclusive lower bound.
    public var exclusiveMinimum: Double?
    /// Exclusive upper bound.
    public var exclusiveMaximum: Double?
    /// `multipleOf`.
    public var multipleOf: Double?
    /// Minimum length.
    public var minLength: Int?
    /// Maximum length.
    public var maxLength: Int?
    /// ECMA-262 pattern.
    public var pattern: String?
    /// Read-only.
    public var readOnly: Bool = false
    /// Write-only.
    public var writeOnly: Bool = false
    /// Deprecated.
    public var deprecated: Bool = false

    /// Creates an empty schema (one that accepts anything).
    public init() {}
}

/// A property of an object schema.
public struct SchemaProperty: Sendable, Hashable, Codable {
    /// Property name.
    public var name: String
    /// Its schema.
    public var schema: SchemaUse
    /// Whether `required` lists it.
    public var isRequired: Bool

    /// Creates a property.
    public init(name: String, schema: SchemaUse, isRequired: Bool = false) {
        self.name = name
        self.schema = schema
        self.isRequired = isRequired
    }
}

/// `additionalProperties`: a boolean or a schema.
public enum AdditionalSchema: Sendable, Hashable, Codable {
    /// `true` or `false`.
    case allowed(Bool)
    /// A schema for the extra values.
    case schema(SchemaUse)
}

/// A discriminator with its mapping resolved to schema names.
public struct NormalizedDiscriminator: Sendable, Hashable, Codable {
    /// The property that tells the variants apart.
    public var propertyName: String
    /// Property values mapped to schemas, in document order; values whose schema cannot be found are left out.
    public var mapping: [DiscriminatorCase]

    /// Creates a discriminator.
    public init(propertyName: String, mapping: [DiscriminatorCase] = []) {
        self.propertyName = propertyName
        self.mapping = mapping
    }
}

/// One entry of a discriminator mapping.
public struct DiscriminatorCase: Sendable, Hashable, Codable {
    /// The property value.
    public var value: String
    /// The schema it selects.
    public var schema: SchemaName

    /// Creates an entry.
    public init(value: String, schema: SchemaName) {
        self.value = value
        self.schema = schema
    }
}
