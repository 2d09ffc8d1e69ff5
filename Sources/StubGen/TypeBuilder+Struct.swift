import SpecNormalizer

extension TypeBuilder {
    /// The struct for an object schema (its own properties plus those of its `allOf` members).
    func structure(_ schema: NormalizedSchema, named name: String, doc: [String], owner: SchemaName?) -> StructDecl {
        var properties: [SchemaProperty] = []
        var required = Set<String>()
        var additional: AdditionalSchema?
        collect(schema, into: &properties, required: &required, additional: &additional, depth: 0)

        var nested: [TypeDecl] = []
        var typeScope = NameScope(reserved: [name])
        var memberScope = NameScope(reserved: ["additionalProperties"])
        var declared: [PropertyDecl] = []
        for property in properties {
            let resolved = resolve(property.schema)
            let hint = SwiftName.type(property.name)
            let type = typeExpression(property.schema, hint: hint, owner: owner, scope: &typeScope, nested: &nested)
            let isRequired = required.contains(property.name)
            let defaultValue = isRequired || type.nullable ? nil : resolved.flatMap { defaultLiteral(for: $0, type: type.expression, nested: nested) }
            let boxed = (owner.map { recursion.closesCycle(from: $0, through: type) } ?? false) || storesStruct(property.schema)
            declared.append(
                PropertyDecl(
                    key: property.name, name: memberScope.claim(SwiftName.member(property.name)), type: type.expression,
                    isOptional: type.nullable || (!isRequired && defaultValue == nil), isRequired: isRequired,
                    defaultValue: defaultValue, checks: resolved.map { checks(for: $0, type: type, key: property.name) } ?? [],
                    boxed: boxed, doc: SwiftLiteral.doc(resolved?.title, resolved?.description),
                    deprecated: resolved?.deprecated ?? false))
        }
        var additionalType: String?
        if case .schema(let values)? = additional {
            additionalType = typeExpression(values, hint: "AdditionalProperty", owner: owner, scope: &typeScope, nested: &nested).optionalExpression
        } else if case .allowed(true)? = additional {
            additionalType = "OpenAPIRuntime.OpenAPIValueContainer"
        }
        var decl = StructDecl(
            name: name, doc: doc, properties: declared, additionalType: additionalType, nested: nested,
            deprecated: schema.deprecated)
        // Only a schema with no allOf members is closed: JSON Schema applies `additionalProperties: false`
        // to its own `properties` alone, so a closed member of an allOf would refuse its siblings' members.
        if case .allowed(false)? = schema.additionalProperties, schema.allOf.isEmpty {
            decl.isClosed = true
        }
        return decl
    }

    /// Whether a property of this schema holds a generated struct (directly, or through a wrapper such as
    /// `allOf: [$ref]`). Such properties are stored through `SpeccBox`: a struct that holds another by value
    /// makes the compiler emit copy and destroy code for every nested field, in the outer struct and in every
    /// file that copies it (GitHub's `Issue` inside `IssueEvent` produced thousands of lines of IR per file);
    /// one reference instead keeps that code proportional to the struct's own fields. The cost at run time is
    /// one allocation per nested object decoded.
    func storesStruct(_ use: SchemaUse?, depth: Int = 0) -> Bool {
        guard let use, depth < 8, let schema = resolve(use) else { return false }
        switch kind(of: schema) {
        case .object: return true
        case .single(let inner): return storesStruct(inner, depth: depth + 1)
        default: return false
        }
    }

    /// Properties of `schema` and of its `allOf` members, first occurrence wins; `required` is the union.
    private func collect(
        _ schema: NormalizedSchema, into properties: inout [SchemaProperty], required: inout Set<String>,
        additional: inout AdditionalSchema?, depth: Int
    ) {
        guard depth < 32 else { return }
        for member in schema.allOf {
            guard let resolved = resolve(member) else { continue }
            collect(resolved, into: &properties, required: &required, additional: &additional, depth: depth + 1)
        }
        for member in schema.oneOf.count == 1 ? schema.oneOf : [] {
            if let resolved = resolve(member) {
                collect(resolved, into: &properties, required: &required, additional: &additional, depth: depth + 1)
            }
        }
        for property in schema.properties {
            if let index = properties.firstIndex(where: { $0.name == property.name }) {
                // A member that restates a property (often to narrow it) keeps the first one's place.
                if case .inline(let narrowed) = property.schema, narrowed.types.isEmpty, narrowed.properties.isEmpty,
                    narrowed.allOf.isEmpty, narrowed.oneOf.isEmpty
                {
                    continue
                }
                properties[index] = property
            } else {
                properties.append(property)
            }
        }
        required.formUnion(schema.required)
        if additional == nil { additional = schema.additionalProperties }
    }
}
