import SpecNormalizer

/// Which operations and schemas use each named schema, for the "used by" links of schema pages.
struct UsageIndex {
    /// Operation indexes (into `API.operations`) using each schema, directly or through other schemas.
    private(set) var operations: [SchemaName: [Int]] = [:]
    /// Schemas naming each schema directly, sorted.
    private(set) var schemas: [SchemaName: [SchemaName]] = [:]

    init(api: API) {
        var direct: [SchemaName: Set<SchemaName>] = [:]
        for named in api.schemas {
            var names = Set<SchemaName>()
            Self.collect(.inline(named.schema), into: &names)
            direct[named.name] = names
            for name in names where name != named.name { schemas[name, default: []].append(named.name) }
        }
        for key in schemas.keys { schemas[key]?.sort() }
        for (index, operation) in api.operations.enumerated() {
            var uses: [SchemaUse] = operation.parameters.compactMap(\.schema)
            uses += operation.parameters.flatMap { $0.content.compactMap(\.schema) }
            uses += operation.requestBody?.content.compactMap(\.schema) ?? []
            for response in operation.responses {
                uses += response.content.compactMap(\.schema) + response.headers.compactMap(\.schema)
            }
            var seen = Set<SchemaName>()
            var queue: [SchemaName] = []
            for use in uses {
                var names = Set<SchemaName>()
                Self.collect(use, into: &names)
                queue += names.sorted()
            }
            while let name = queue.popLast() {
                guard seen.insert(name).inserted else { continue }
                queue += (direct[name] ?? []).sorted()
            }
            for name in seen { operations[name, default: []].append(index) }
        }
    }

    /// Names a schema refers to, without entering named schemas.
    static func collect(_ use: SchemaUse, into names: inout Set<SchemaName>) {
        switch use {
        case .named(let name): names.insert(name)
        case .inline(let schema):
            if let reference = schema.reference { names.insert(reference) }
            var children: [SchemaUse] = schema.properties.map(\.schema) + schema.allOf + schema.oneOf + schema.anyOf
            children += schema.prefixItems
            if let items = schema.items { children.append(items) }
            if let not = schema.not { children.append(not) }
            if case .schema(let extra)? = schema.additionalProperties { children.append(extra) }
            for child in children { collect(child, into: &names) }
            for entry in schema.discriminator?.mapping ?? [] { names.insert(entry.schema) }
        }
    }
}
