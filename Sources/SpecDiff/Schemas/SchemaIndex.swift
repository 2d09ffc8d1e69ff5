import SpecNormalizer

/// The named schemas of one API by name, and the flattened view of any schema use.
struct SchemaIndex: Sendable {
    /// How many `allOf` levels and aliases are followed before giving up (a cycle the normalizer kept).
    static let maximumDepth = 32

    private let schemas: [SchemaName: NormalizedSchema]

    init(_ api: API) {
        var schemas: [SchemaName: NormalizedSchema] = [:]
        schemas.reserveCapacity(api.schemas.count)
        for named in api.schemas where schemas[named.name] == nil { schemas[named.name] = named.schema }
        self.schemas = schemas
    }

    /// The schema called `name`.
    func schema(named name: SchemaName) -> NormalizedSchema? { schemas[name] }

    /// The name at the end of a chain of aliases (components that only refer to another schema).
    func canonical(_ name: SchemaName) -> SchemaName {
        var current = name
        for _ in 0..<Self.maximumDepth {
            guard let schema = schemas[current], let target = schema.reference, Self.isAlias(schema) else {
                return current
            }
            current = target
        }
        return current
    }

    /// The use with aliases followed.
    func canonical(_ use: SchemaUse) -> SchemaUse {
        if case .named(let name) = use { return .named(canonical(name)) }
        return use
    }

    /// The schema a use stands for (an empty schema, which accepts anything, when missing).
    func schema(_ use: SchemaUse?) -> NormalizedSchema {
        switch use {
        case .named(let name)?: schemas[canonical(name)] ?? NormalizedSchema()
        case .inline(let schema)?: schema
        case nil: NormalizedSchema()
        }
    }

    /// The flattened view of a use: `allOf` members and a sibling `$ref` merged in.
    func view(_ use: SchemaUse?) -> SchemaView {
        var visited: Set<SchemaName> = []
        if case .named(let name)? = use { visited.insert(canonical(name)) }
        return view(of: schema(use), visited: &visited, depth: 0)
    }

    private func view(of schema: NormalizedSchema, visited: inout Set<SchemaName>, depth: Int) -> SchemaView {
        var view = SchemaView(schema)
        guard depth < Self.maximumDepth else { return view }
        let members = (schema.reference.map { [SchemaUse.named($0)] } ?? []) + schema.allOf
        for member in members {
            if case .named(let name) = member {
                // A schema that includes itself through allOf adds nothing the first visit did not.
                guard visited.insert(canonical(name)).inserted else { continue }
            }
            view.merge(self.view(of: self.schema(member), visited: &visited, depth: depth + 1))
        }
        return view
    }

    /// Whether a use, or one of its `allOf` members, sets a flag such as `readOnly`.
    func isMarked(_ use: SchemaUse, _ flag: KeyPath<NormalizedSchema, Bool>, depth: Int = 0) -> Bool {
        let schema = schema(use)
        if schema[keyPath: flag] { return true }
        guard depth < 4 else { return false }
        let members = (schema.reference.map { [SchemaUse.named($0)] } ?? []) + schema.allOf
        return members.contains { isMarked($0, flag, depth: depth + 1) }
    }

    /// Whether a schema only refers to another one.
    private static func isAlias(_ schema: NormalizedSchema) -> Bool {
        var alias = NormalizedSchema()
        alias.reference = schema.reference
        return schema == alias
    }
}
