import SpecDiagnostics

/// The Schema Object (OpenAPI 3.0's JSON Schema subset and 3.1's JSON Schema 2020-12).
///
/// Children that may be `$ref`s are `Referenceable`, so a recursive type is a reference back to its own
/// component, never an infinite value.
///
/// A class, not a struct: a schema has some sixty fields, and the walkers and the value checker pass schemas
/// around constantly; as a struct every pass copied all of them (a third of lint time on GHES). The builder
/// fills a schema in once and nothing changes it afterwards, which is what makes sharing it across threads
/// safe (hence `@unchecked Sendable`).
public final class Schema: @unchecked Sendable {
    /// `additionalProperties`: a boolean or a schema.
    public enum AdditionalProperties: Sendable {
        /// `true` or `false`.
        case allowed(Located<Bool>)
        /// A schema for the extra values.
        case schema(Referenceable<Schema>)
    }

    /// The node the schema was read from (a mapping, or a boolean scalar for 3.1 boolean schemas).
    public var node: Node
    /// For a 3.1 boolean schema (`true` accepts anything, `false` nothing): its value.
    public var booleanSchema: Bool?
    /// A `$ref` written beside other keywords (3.1 allows siblings; 3.0 ignores them).
    public var reference: Reference?

    /// Type names: one for `type: string`, several for 3.1 `type: [string, "null"]`; empty when absent.
    public var types: [Located<String>]
    /// 3.0 `nullable`.
    public var nullable: Located<Bool>?
    /// Format (`int64`, `date-time`...).
    public var format: Located<String>?
    /// Title.
    public var title: Located<String>?
    /// Description.
    public var description: Located<String>?
    /// `const` (3.1), as written.
    public var constValue: Node?
    /// `enum`, as written.
    public var enumValues: [Node]?
    /// The `enum` value node, for locating the list.
    public var enumNode: Node?
    /// `default`, as written.
    public var defaultValue: Node?
    /// `example` (3.0, deprecated in 3.1), as written.
    public var example: Node?
    /// `examples` (3.1: a list), as written.
    public var examples: [Node]?

    /// Properties in document order.
    public var properties: [Named<Referenceable<Schema>>]
    /// `patternProperties` (3.1).
    public var patternProperties: [Named<Referenceable<Schema>>]
    /// Required property names.
    public var required: [Located<String>]
    /// `additionalProperties`.
    public var additionalProperties: AdditionalProperties?
    /// `propertyNames` (3.1).
    public var propertyNames: Referenceable<Schema>?
    /// Minimum and maximum number of properties.
    public var minProperties: Located<Int>?
    /// Maximum number of properties.
    public var maxProperties: Located<Int>?

    /// `items`.
    public var items: Referenceable<Schema>?
    /// `prefixItems` (3.1).
    public var prefixItems: [Referenceable<Schema>]
    /// `contains` (3.1).
    public var contains: Referenceable<Schema>?
    /// Minimum number of items.
    public var minItems: Located<Int>?
    /// Maximum number of items.
    public var maxItems: Located<Int>?
    /// Whether items must be unique.
    public var uniqueItems: Located<Bool>?

    /// `allOf`.
    public var allOf: [Referenceable<Schema>]
    /// `oneOf`.
    public var oneOf: [Referenceable<Schema>]
    /// `anyOf`.
    public var anyOf: [Referenceable<Schema>]
    /// `not`.
    public var not: Referenceable<Schema>?
    /// `if`/`then`/`else` (3.1).
    public var ifSchema: Referenceable<Schema>?
    /// `then` (3.1).
    public var thenSchema: Referenceable<Schema>?
    /// `else` (3.1).
    public var elseSchema: Referenceable<Schema>?
    /// Discriminator.
    public var discriminator: Discriminator?

    /// `minimum`.
    public var minimum: Located<Double>?
    /// `maximum`.
    public var maximum: Located<Double>?
    /// 3.0: a boolean modifying `minimum`; 3.1: a number.
    public var exclusiveMinimum: Node?
    /// 3.0: a boolean modifying `maximum`; 3.1: a number.
    public var exclusiveMaximum: Node?
    /// `multipleOf`.
    public var multipleOf: Located<Double>?
    /// `minLength`.
    public var minLength: Located<Int>?
    /// `maxLength`.
    public var maxLength: Located<Int>?
    /// `pattern` (ECMA-262 regular expression).
    public var pattern: Located<String>?

    /// Read-only.
    public var readOnly: Located<Bool>?
    /// Write-only.
    public var writeOnly: Located<Bool>?
    /// Deprecated.
    public var deprecated: Located<Bool>?
    /// XML hints, as written.
    public var xml: Node?
    /// External docs.
    public var externalDocs: ExternalDocumentation?
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates an empty schema read from `node`.
    public init(node: Node) {
        self.node = node
        self.types = []
        self.properties = []
        self.patternProperties = []
        self.required = []
        self.prefixItems = []
        self.allOf = []
        self.oneOf = []
        self.anyOf = []
        self.extensions = []
    }

    /// Whether `null` is allowed, by 3.0 `nullable: true` or by a 3.1 `null` type.
    public var allowsNull: Bool {
        nullable?.value == true || types.contains { $0.value == "null" }
    }

    /// The property named `name`.
    public func property(_ name: String) -> Referenceable<Schema>? {
        properties.first { $0.name == name }?.value
    }
}

/// The Discriminator Object.
public struct Discriminator: Sendable {
    /// The object's node.
    public var node: Node
    /// Name of the property that tells the variants apart (required).
    public var propertyName: Located<String>?
    /// Property values mapped to schema names or references.
    public var mapping: [Named<Located<String>>]

    /// Creates a discriminator.
    public init(node: Node) {
        self.node = node
        self.mapping = []
    }
}
