import SpecModel

/// Questions about a schema together with the schemas it is combined with (`allOf`, `anyOf`, `oneOf`,
/// `if`/`then`/`else`, a 3.1 `$ref` beside other keywords), following references. Each question visits a
/// schema once, so recursive schemas end.
struct SchemaComposition {
    /// The document references resolve in.
    let document: RawDocument
    /// Compiled `patternProperties` keys.
    let patterns: SchemaPatternCache

    /// Creates a helper.
    init(document: RawDocument, patterns: SchemaPatternCache = SchemaPatternCache()) {
        self.document = document
        self.patterns = patterns
    }

    /// Whether values of `schema` may have a property `name` that the document describes: it is in
    /// `properties`, matches a `patternProperties` key (or one that does not compile), is allowed by an explicit
    /// `additionalProperties` (`true` or a schema), or is so in any combined schema.
    ///
    /// With `alternatives: false` the schema's own `anyOf`/`oneOf` variants (and `if`/`then`/`else`) are left
    /// out: asked for the parent of a variant, the other variants are alternatives to it, not part of its value.
    func mayHaveProperty(_ name: String, _ schema: Schema, alternatives: Bool = true) -> Bool {
        var visited: Set<ObjectIdentifier> = []
        return mayHaveProperty(name, schema, alternatives: alternatives, &visited)
    }

    private func mayHaveProperty(
        _ name: String, _ schema: Schema, alternatives: Bool = true, _ visited: inout Set<ObjectIdentifier>
    ) -> Bool {
        guard visited.insert(ObjectIdentifier(schema.node)).inserted else { return false }
        if schema.booleanSchema == true { return true }
        if schema.property(name) != nil { return true }
        if schema.patternProperties.contains(where: { patterns.matches($0.name, name) ?? true }) { return true }
        switch schema.additionalProperties {
        case .allowed(let allowed)? where allowed.value: return true
        case .schema?: return true
        default: break
        }
        let members = alternatives ? combined(schema) : conjuncts(schema)
        return members.contains { member in mayHaveProperty(name, member, &visited) }
    }

    /// Whether every value of `schema` must have `name`: it is in `required` of the schema or of an `allOf`
    /// member (or the 3.1 `$ref` beside it), or of every `oneOf` variant, or of every `anyOf` variant.
    func requires(_ name: String, _ schema: Schema) -> Bool {
        var visited: Set<ObjectIdentifier> = []
        return requires(name, schema, &visited)
    }

    private func requires(_ name: String, _ schema: Schema, _ visited: inout Set<ObjectIdentifier>) -> Bool {
        guard visited.insert(ObjectIdentifier(schema.node)).inserted else { return false }
        defer { visited.remove(ObjectIdentifier(schema.node)) }
        if schema.required.contains(where: { $0.value == name }) { return true }
        if conjuncts(schema).contains(where: { requires(name, $0, &visited) }) { return true }
        for variants in [schema.oneOf, schema.anyOf] where !variants.isEmpty {
            if variants.allSatisfy({ slot in document.schema(slot).map { requires(name, $0, &visited) } ?? false }) {
                return true
            }
        }
        return false
    }

    /// The schemas every value of `schema` must also match: `allOf` members and a 3.1 `$ref` beside other
    /// keywords, resolved.
    func conjuncts(_ schema: Schema) -> [Schema] {
        var slots = schema.allOf
        if let reference = schema.reference { slots.append(.reference(reference)) }
        return slots.compactMap(document.schema)
    }

    /// The schemas combined with `schema`, resolved.
    func combined(_ schema: Schema) -> [Schema] {
        var slots = schema.allOf + schema.anyOf + schema.oneOf
        if let then = schema.thenSchema { slots.append(then) }
        if let otherwise = schema.elseSchema { slots.append(otherwise) }
        if let reference = schema.reference { slots.append(.reference(reference)) }
        return slots.compactMap(document.schema)
    }
}
