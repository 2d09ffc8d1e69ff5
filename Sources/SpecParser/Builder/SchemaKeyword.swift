import SpecModel

/// The schema keywords the builder reads, with the versions that know them.
///
/// A 3.0 schema is OpenAPI's own subset of JSON Schema: any other keyword is an unknown field. A 3.1 schema is
/// JSON Schema 2020-12, which allows keywords it does not define, so unknown keywords are silently kept out of
/// the model there.
enum SchemaKeyword {
    case reference, type, format, title, description, nullable, constValue, enumValues, defaultValue, example
    case examples, properties, patternProperties, required, additionalProperties, propertyNames
    case minProperties, maxProperties, items, prefixItems, contains, minItems, maxItems, uniqueItems
    case minContains, maxContains, allOf, oneOf, anyOf, not, ifSchema, thenSchema, elseSchema, discriminator
    case minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, minLength, maxLength, pattern
    case readOnly, writeOnly, deprecated, xml, externalDocs
    /// 3.1 keywords holding schemas (or maps and lists of them) that the model has no field for.
    case subschemaMap, subschema
    /// 3.1 keywords holding a string.
    case stringAnnotation
    /// `dependentRequired`: property names mapped to lists of names.
    case dependentRequired
    /// `$vocabulary`: URIs mapped to booleans.
    case vocabulary

    /// Keywords by name, with the first version that has them and, for `nullable`, the last.
    static let table: [String: (keyword: SchemaKeyword, since: SpecVersion, until: SpecVersion?)] = {
        var table: [String: (SchemaKeyword, SpecVersion, SpecVersion?)] = [:]
        for (name, keyword) in common { table[name] = (keyword, .v3_0, nil) }
        for (name, keyword) in jsonSchema2020 { table[name] = (keyword, .v3_1, nil) }
        table["nullable"] = (.nullable, .v3_0, .v3_0)
        return table
    }()

    /// The keywords a 3.0 schema may use, for did-you-mean suggestions.
    static let names3_0: [String] = common.map(\.0) + ["nullable"]

    private static let common: [(String, SchemaKeyword)] = [
        ("$ref", .reference), ("type", .type), ("format", .format), ("title", .title),
        ("description", .description), ("enum", .enumValues), ("default", .defaultValue), ("example", .example),
        ("properties", .properties), ("required", .required), ("additionalProperties", .additionalProperties),
        ("minProperties", .minProperties), ("maxProperties", .maxProperties), ("items", .items),
        ("minItems", .minItems), ("maxItems", .maxItems), ("uniqueItems", .uniqueItems), ("allOf", .allOf),
        ("oneOf", .oneOf), ("anyOf", .anyOf), ("not", .not), ("discriminator", .discriminator),
        ("minimum", .minimum), ("maximum", .maximum), ("exclusiveMinimum", .exclusiveMinimum),
        ("exclusiveMaximum", .exclusiveMaximum), ("multipleOf", .multipleOf), ("minLength", .minLength),
        ("maxLength", .maxLength), ("pattern", .pattern), ("readOnly", .readOnly), ("writeOnly", .writeOnly),
        ("deprecated", .deprecated), ("xml", .xml), ("externalDocs", .externalDocs),
    ]

    private static let jsonSchema2020: [(String, SchemaKeyword)] = [
        ("const", .constValue), ("examples", .examples), ("patternProperties", .patternProperties),
        ("propertyNames", .propertyNames), ("prefixItems", .prefixItems), ("contains", .contains),
        ("minContains", .minContains), ("maxContains", .maxContains), ("if", .ifSchema), ("then", .thenSchema),
        ("else", .elseSchema), ("$defs", .subschemaMap), ("dependentSchemas", .subschemaMap),
        ("unevaluatedItems", .subschema), ("unevaluatedProperties", .subschema), ("contentSchema", .subschema),
        ("dependentRequired", .dependentRequired), ("$vocabulary", .vocabulary), ("$id", .stringAnnotation),
        ("$schema", .stringAnnotation), ("$anchor", .stringAnnotation), ("$dynamicAnchor", .stringAnnotation),
        ("$dynamicRef", .stringAnnotation), ("$comment", .stringAnnotation), ("contentEncoding", .stringAnnotation),
        ("contentMediaType", .stringAnnotation),
    ]

    /// The JSON Schema type names; `null` only from 3.1.
    static func types(for version: SpecVersion) -> [String] {
        let types = ["array", "boolean", "integer", "number", "object", "string"]
        return version >= .v3_1 ? types + ["null"] : types
    }
}
