import SpecNormalizer

/// An example value for a schema: its own example when it has one, else one made up from types, enums,
/// defaults and formats. Depth-limited, so recursive schemas end.
struct ExampleBuilder {
    let schemas: [SchemaName: NormalizedSchema]
    var maxDepth = 6

    init(api: API) {
        schemas = Dictionary(api.schemas.map { ($0.name, $0.schema) }, uniquingKeysWith: { first, _ in first })
    }

    /// The example of `use`.
    func example(_ use: SchemaUse) -> JSONValue {
        value(use, depth: 0, visiting: [])
    }

    private func value(_ use: SchemaUse, depth: Int, visiting: Set<SchemaName>) -> JSONValue {
        var visiting = visiting
        let schema: NormalizedSchema
        switch use {
        case .named(let name):
            guard !visiting.contains(name), let found = schemas[name] else { return .null }
            visiting.insert(name)
            schema = found
        case .inline(let inline): schema = inline
        }
        if let example = schema.examples.first { return example }
        if let constant = schema.constValue { return constant }
        if let defaultValue = schema.defaultValue { return defaultValue }
        if let first = schema.enumValues?.first { return first }
        if let reference = schema.reference { return value(.named(reference), depth: depth, visiting: visiting) }
        guard depth < maxDepth else { return .null }
        if let first = schema.oneOf.first ?? schema.anyOf.first { return value(first, depth: depth + 1, visiting: visiting) }
        var object: [String: JSONValue] = [:]
        for member in schema.allOf {
            if case .object(let members) = value(member, depth: depth + 1, visiting: visiting) {
                object.merge(members) { first, _ in first }
            }
        }
        for property in schema.properties {
            object[property.name] = value(property.schema, depth: depth + 1, visiting: visiting)
        }
        let type = schema.types.first { $0 != "null" } ?? (object.isEmpty ? "" : "object")
        switch type {
        case "object": return .object(object)
        case "array": return .array(schema.items.map { [value($0, depth: depth + 1, visiting: visiting)] } ?? [])
        case "integer": return .int(Int64(schema.minimum ?? 0))
        case "number": return .double(schema.minimum ?? 0)
        case "boolean": return .bool(true)
        case "string": return .string(sampleString(format: schema.format))
        default: return object.isEmpty ? .null : .object(object)
        }
    }

    private func sampleString(format: String?) -> String {
        switch format {
        case "date-time": "2024-01-01T00:00:00Z"
        case "date": "2024-01-01"
        case "uuid": "3f2a9c4e-1b7d-4e8a-9c2f-5d6e7a8b9c01"
        case "email": "user@example.com"
        case "uri", "url": "https://example.com"
        case "ipv4": "192.0.2.1"
        default: "string"
        }
    }
}
