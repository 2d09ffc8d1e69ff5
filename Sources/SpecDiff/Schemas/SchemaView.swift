import SpecNormalizer

/// The keywords of a schema that decide which values it accepts, with `allOf` members merged in, so moving a
/// property into a shared base schema is not reported as a change.
///
/// Merging keeps the schema's own value of a keyword and takes a member's only where the schema has none;
/// properties are listed once (the first definition wins) and `required` is the union.
struct SchemaView: Sendable {
    /// The bounds a schema may set; each is an upper or a lower limit.
    enum Bound: String, CaseIterable, Sendable {
        case maxLength, minLength, maximum, minimum, exclusiveMaximum, exclusiveMinimum, maxItems, minItems
        case maxProperties, minProperties

        /// Whether lowering it accepts fewer values.
        var isUpper: Bool {
            switch self {
            case .maxLength, .maximum, .exclusiveMaximum, .maxItems, .maxProperties: true
            default: false
            }
        }
    }

    /// Type names without `null`, in written order (`object` or `array` when only properties or items say so);
    /// empty accepts any type.
    var types: [String] = []
    var nullable = false
    var format: String?
    /// Allowed values (`enum`, or a `const` as one value).
    var enumValues: [JSONValue]?
    var properties: [SchemaProperty] = []
    var required: Set<String> = []
    var items: SchemaUse?
    var additionalProperties: AdditionalSchema?
    var bounds: [Bound: Double] = [:]
    var multipleOf: Double?
    var pattern: String?
    var uniqueItems = false
    var readOnly = false
    var writeOnly = false
    var oneOf: [SchemaUse] = []
    var anyOf: [SchemaUse] = []

    init(_ schema: NormalizedSchema) {
        types = schema.types.filter { $0 != "null" }
        // `properties` or `items` without `type` say what the schema is meant to hold; writing the type out
        // later is not a change.
        if types.isEmpty, schema.booleanSchema == nil {
            if !schema.properties.isEmpty || schema.additionalProperties != nil {
                types = ["object"]
            } else if schema.items != nil {
                types = ["array"]
            }
        }
        nullable = schema.nullable
        format = schema.format
        enumValues = schema.enumValues ?? schema.constValue.map { [$0] }
        properties = schema.properties
        required = Set(schema.required)
        items = schema.items
        additionalProperties = schema.additionalProperties
        let values: [(Bound, Double?)] = [
            (.maxLength, schema.maxLength.map(Double.init)), (.minLength, schema.minLength.map(Double.init)),
            (.maximum, schema.maximum), (.minimum, schema.minimum), (.exclusiveMaximum, schema.exclusiveMaximum),
            (.exclusiveMinimum, schema.exclusiveMinimum), (.maxItems, schema.maxItems.map(Double.init)),
            (.minItems, schema.minItems.map(Double.init)), (.maxProperties, schema.maxProperties.map(Double.init)),
            (.minProperties, schema.minProperties.map(Double.init)),
        ]
        for (bound, value) in values { bounds[bound] = value }
        multipleOf = schema.multipleOf
        pattern = schema.pattern
        uniqueItems = schema.uniqueItems
        readOnly = schema.readOnly
        writeOnly = schema.writeOnly
        oneOf = schema.oneOf
        anyOf = schema.anyOf
    }

    /// Takes from `member` what this view does not set itself.
    mutating func merge(_ member: SchemaView) {
        if types.isEmpty { types = member.types }
        nullable = nullable || member.nullable
        format = format ?? member.format
        enumValues = enumValues ?? member.enumValues
        let known = Set(properties.map(\.name))
        properties += member.properties.filter { !known.contains($0.name) }
        required.formUnion(member.required)
        items = items ?? member.items
        additionalProperties = additionalProperties ?? member.additionalProperties
        bounds.merge(member.bounds) { own, _ in own }
        multipleOf = multipleOf ?? member.multipleOf
        pattern = pattern ?? member.pattern
        uniqueItems = uniqueItems || member.uniqueItems
        readOnly = readOnly || member.readOnly
        writeOnly = writeOnly || member.writeOnly
        if oneOf.isEmpty { oneOf = member.oneOf }
        if anyOf.isEmpty { anyOf = member.anyOf }
    }

    /// Whether every value of type `type` is accepted by these types.
    func accepts(type: String) -> Bool {
        types.isEmpty || types.contains(type) || (type == "integer" && types.contains("number"))
    }

    /// Whether these types accept every value `other`'s types accept.
    func acceptsEveryType(of other: SchemaView) -> Bool {
        if types.isEmpty { return true }
        if other.types.isEmpty { return false }
        return other.types.allSatisfy(accepts(type:))
    }

    /// The property called `name`, with whether it is required.
    func property(_ name: String) -> SchemaProperty? { properties.first { $0.name == name } }
}
