import SpecDiagnostics
import SpecModel

/// Looks through a written schema and its `allOf` members (and a sibling `$ref`) for a property or keyword, the
/// way `SchemaView` merges them: the schema's own first, then each member in order.
struct SchemaMembers {
    /// How many levels of members are searched.
    static let maximumDepth = 16

    let document: RawDocument

    /// The property called `name` and the schema that declares it.
    func property(_ name: String, of schema: Schema) -> (Named<Referenceable<Schema>>, Schema)? {
        search(schema) { candidate in
            candidate.properties.first { $0.name == name }.map { ($0, candidate) }
        }
    }

    /// The first slot found at `keyPath`, with the schema holding it.
    func first(
        of schema: Schema, _ keyPath: KeyPath<Schema, Referenceable<Schema>?>
    ) -> (Referenceable<Schema>, Schema)? {
        search(schema) { candidate in candidate[keyPath: keyPath].map { ($0, candidate) } }
    }

    /// Where `key` is written in the schema or its members.
    func keySpan(_ key: String, of schema: Schema) -> SourceSpan? {
        search(schema) { $0.node.entry(key)?.key.span }
    }

    /// The first non-nil answer of `look` over the schema and its members, depth first.
    private func search<T>(_ schema: Schema, _ look: (Schema) -> T?) -> T? {
        var visited: Set<ObjectIdentifier> = []
        return search(schema, look, visited: &visited, depth: 0)
    }

    private func search<T>(_ schema: Schema, _ look: (Schema) -> T?, visited: inout Set<ObjectIdentifier>, depth: Int)
        -> T?
    {
        guard visited.insert(ObjectIdentifier(schema.node)).inserted else { return nil }
        if let found = look(schema) { return found }
        guard depth < Self.maximumDepth else { return nil }
        var members: [Schema] = []
        if let reference = schema.reference, let target = reference.target,
            let resolved = document.store.schemas[target]
        {
            members.append(resolved)
        }
        members += schema.allOf.compactMap(document.schema)
        for member in members {
            if let found = search(member, look, visited: &visited, depth: depth + 1) { return found }
        }
        return nil
    }
}
