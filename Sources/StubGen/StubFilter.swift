import SpecNormalizer

/// Keeps the operations a configuration selects (tags, operation ids, path prefixes) and the component
/// schemas they reach, directly or through other schemas.
enum StubFilter {
    static func apply(to api: API, config: StubConfig) -> API {
        guard !config.tags.isEmpty || !config.operations.isEmpty || !config.paths.isEmpty else { return api }
        var result = api
        result.operations = api.operations.filter { operation in
            (config.tags.isEmpty || operation.tags.contains(where: config.tags.contains))
                && (config.operations.isEmpty || operation.operationId.map(config.operations.contains) == true)
                && (config.paths.isEmpty || config.paths.contains(where: { operation.path.hasPrefix($0) }))
        }
        result.webhooks = []
        var byName: [SchemaName: NormalizedSchema] = [:]
        for named in api.schemas { byName[named.name] = named.schema }
        var reached = Set<SchemaName>()
        var pending: [SchemaName] = []
        func visit(_ use: SchemaUse?) {
            guard let use else { return }
            switch use {
            case .named(let name): if reached.insert(name).inserted { pending.append(name) }
            case .inline(let schema): visit(schema)
            }
        }
        func visit(_ schema: NormalizedSchema) {
            schema.properties.forEach { visit($0.schema) }
            if case .schema(let values)? = schema.additionalProperties { visit(values) }
            visit(schema.items)
            (schema.prefixItems + schema.allOf + schema.oneOf + schema.anyOf).forEach { visit($0) }
            visit(schema.not)
            schema.discriminator?.mapping.forEach { visit(.named($0.schema)) }
        }
        func visit(_ operation: NormalizedOperation) {
            operation.parameters.forEach { parameter in
                visit(parameter.schema)
                parameter.content.forEach { visit($0.schema) }
            }
            operation.requestBody?.content.forEach { visit($0.schema) }
            for response in operation.responses {
                response.content.forEach { visit($0.schema) }
                response.headers.forEach { visit($0.schema) }
            }
            operation.callbacks.forEach { $0.operations.forEach(visit) }
        }
        result.operations.forEach(visit)
        while let name = pending.popLast() {
            if let schema = byName[name] { visit(schema) }
        }
        result.schemas = api.schemas.filter { reached.contains($0.name) }
        return result
    }
}
