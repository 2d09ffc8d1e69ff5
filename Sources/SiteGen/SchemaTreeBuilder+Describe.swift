import SpecNormalizer

extension SchemaTreeBuilder {
    /// A node for `schema` with everything but its children filled in.
    func describe(_ schema: NormalizedSchema, name: String, anchor: String, type: String, required: Bool)
        -> SchemaNodeView
    {
        var badges: [String] = []
        if schema.nullable { badges.append("nullable") }
        if schema.readOnly { badges.append("read-only") }
        if schema.writeOnly { badges.append("write-only") }
        if schema.deprecated { badges.append("deprecated") }
        let enumValues = (schema.enumValues ?? []).map { HTML.escape(JSONText.compact($0)) }
        let example = schema.examples.first.map { HTML.escape(JSONText.compact($0)) } ?? ""
        let defaultValue = schema.defaultValue.map { HTML.escape(JSONText.compact($0)) } ?? ""
        return SchemaNodeView(
            name: HTML.escape(name), anchor: anchor, type: type, required: required, badges: badges,
            description: HTML.markdown(schema.description ?? schema.title), constraints: constraints(schema),
            hasEnum: !enumValues.isEmpty, enumValues: enumValues, hasDefault: schema.defaultValue != nil,
            defaultValue: defaultValue, hasExample: !example.isEmpty, example: example, children: [],
            hasChildren: false, open: false)
    }

    /// Human-readable constraints, escaped.
    func constraints(_ schema: NormalizedSchema) -> [String] {
        var result: [String] = []
        func add(_ label: String, _ value: Double?) {
            if let value { result.append("\(label) \(JSONText.number(value))") }
        }
        func add(_ label: String, _ value: Int?) {
            if let value { result.append("\(label) \(value)") }
        }
        add("≥", schema.minimum)
        add("≤", schema.maximum)
        add(">", schema.exclusiveMinimum)
        add("<", schema.exclusiveMaximum)
        add("multiple of", schema.multipleOf)
        add("min length", schema.minLength)
        add("max length", schema.maxLength)
        add("min items", schema.minItems)
        add("max items", schema.maxItems)
        add("min properties", schema.minProperties)
        add("max properties", schema.maxProperties)
        if schema.uniqueItems { result.append("unique items") }
        if let pattern = schema.pattern { result.append("pattern \(pattern)") }
        if let constant = schema.constValue { result.append("equals \(JSONText.compact(constant))") }
        if case .allowed(false)? = schema.additionalProperties { result.append("no other properties") }
        return result.map(HTML.escape)
    }
}
