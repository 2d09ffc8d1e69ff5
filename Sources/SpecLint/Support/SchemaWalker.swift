import SpecModel

/// Walks the typed model and hands every schema, example site, server, reference and security requirement to a
/// visitor.
///
/// It never follows a `$ref`: `walkDocument` visits the root document and then every object in the component
/// store (where every reference target lives), so each object is met once however many references reach it.
/// Objects are remembered by node, which also keeps YAML aliases and objects both in `components` and in the
/// store from being visited twice. Reachability walks (`unused-component`) call the single-object methods and
/// follow references themselves.
struct SchemaWalker<Visitor: SchemaWalkVisitor> {
    /// The visitor.
    var visitor: Visitor
    private var seen: Set<ObjectIdentifier> = []
    private var schemaCount = 0

    /// Whether schemas are walked; a walk for servers only skips them (they are most of a document).
    let includesSchemas: Bool

    /// Creates a walker.
    init(visitor: Visitor, includesSchemas: Bool = true) {
        self.visitor = visitor
        self.includesSchemas = includesSchemas
    }

    /// Walks the root object, then every object of the store in target order.
    mutating func walkDocument(_ document: RawDocument) {
        let root = document.openAPI
        for server in root.servers { walk(server: server) }
        for path in root.paths ?? [] { walk(pathItem: path.value) }
        for webhook in root.webhooks { walk(webhook.value) { $0.walk(pathItem: $1) } }
        if let components = root.components { walk(components: components) }
        for requirement in root.security ?? [] { visitor.visit(securityRequirement: requirement) }
        let store = document.store
        if includesSchemas {
            for key in store.schemas.keys.sorted() { walk(schema: store.schemas[key]!, edges: []) }
        }
        for key in store.parameters.keys.sorted() { walk(parameter: store.parameters[key]!) }
        for key in store.responses.keys.sorted() { walk(response: store.responses[key]!) }
        for key in store.requestBodies.keys.sorted() { walk(requestBody: store.requestBodies[key]!) }
        for key in store.headers.keys.sorted() { walk(header: store.headers[key]!) }
        for key in store.links.keys.sorted() { walk(link: store.links[key]!) }
        for key in store.callbacks.keys.sorted() { walk(callback: store.callbacks[key]!) }
        for key in store.pathItems.keys.sorted() { walk(pathItem: store.pathItems[key]!) }
    }

    /// Walks every component of every kind.
    mutating func walk(components: Components) {
        if includesSchemas {
            for entry in components.schemas { walk(entry.value) { $0.walk(schema: $1, edges: []) } }
        }
        for entry in components.responses { walk(entry.value) { $0.walk(response: $1) } }
        for entry in components.parameters { walk(entry.value) { $0.walk(parameter: $1) } }
        for entry in components.examples { walk(entry.value) { _, _ in } }
        for entry in components.requestBodies { walk(entry.value) { $0.walk(requestBody: $1) } }
        for entry in components.headers { walk(entry.value) { $0.walk(header: $1) } }
        for entry in components.securitySchemes { walk(entry.value) { _, _ in } }
        for entry in components.links { walk(entry.value) { $0.walk(link: $1) } }
        for entry in components.callbacks { walk(entry.value) { $0.walk(callback: $1) } }
        for entry in components.pathItems { walk(entry.value) { $0.walk(pathItem: $1) } }
    }

    /// Reports a reference, or walks an inline value with `body`.
    mutating func walk<T>(_ slot: Referenceable<T>, _ body: (inout Self, T) -> Void) {
        switch slot {
        case .reference(let reference): visitor.visit(reference: reference)
        case .value(let value): body(&self, value)
        }
    }

    /// The number of the schema about to be visited.
    mutating func nextSchemaNumber() -> Int {
        defer { schemaCount += 1 }
        return schemaCount
    }

    /// Remembers a node; false when it was met before.
    mutating func markSeen(_ node: Node) -> Bool { seen.insert(ObjectIdentifier(node)).inserted }

    mutating func walk(pathItem: PathItem) {
        guard markSeen(pathItem.node) else { return }
        if let reference = pathItem.reference { visitor.visit(reference: reference) }
        for server in pathItem.servers { walk(server: server) }
        for parameter in pathItem.parameters { walk(parameter) { $0.walk(parameter: $1) } }
        for entry in pathItem.operations { walk(operation: entry.operation) }
    }

    mutating func walk(operation: Operation) {
        guard markSeen(operation.node) else { return }
        for parameter in operation.parameters { walk(parameter) { $0.walk(parameter: $1) } }
        if let body = operation.requestBody { walk(body) { $0.walk(requestBody: $1) } }
        for entry in operation.responses?.entries ?? [] { walk(entry.value) { $0.walk(response: $1) } }
        for entry in operation.callbacks { walk(entry.value) { $0.walk(callback: $1) } }
        for requirement in operation.security ?? [] { visitor.visit(securityRequirement: requirement) }
        for server in operation.servers { walk(server: server) }
    }

    mutating func walk(callback: Callback) {
        guard markSeen(callback.node) else { return }
        for entry in callback.expressions { walk(entry.value) { $0.walk(pathItem: $1) } }
    }

    mutating func walk(parameter: Parameter) {
        guard markSeen(parameter.node) else { return }
        walkSchemaAndExamples(parameter.schema, parameter.example, parameter.examples)
        for entry in parameter.content { walk(mediaType: entry.value, named: entry.name) }
    }

    mutating func walk(header: Header) {
        guard markSeen(header.node) else { return }
        walkSchemaAndExamples(header.schema, header.example, header.examples)
        for entry in header.content { walk(mediaType: entry.value, named: entry.name) }
    }

    mutating func walk(requestBody: RequestBody) {
        guard markSeen(requestBody.node) else { return }
        for entry in requestBody.content { walk(mediaType: entry.value, named: entry.name) }
    }

    mutating func walk(response: Response) {
        guard markSeen(response.node) else { return }
        for entry in response.headers { walk(entry.value) { $0.walk(header: $1) } }
        for entry in response.content { walk(mediaType: entry.value, named: entry.name) }
        for entry in response.links { walk(entry.value) { $0.walk(link: $1) } }
    }

    mutating func walk(link: Link) {
        guard markSeen(link.node) else { return }
        if let server = link.server { walk(server: server) }
    }

    mutating func walk(server: Server) {
        guard markSeen(server.node) else { return }
        visitor.visit(server: server)
    }

    mutating func walk(mediaType: MediaType, named name: String) {
        guard markSeen(mediaType.node) else { return }
        walkSchemaAndExamples(mediaType.schema, mediaType.example, mediaType.examples, mediaType: name)
        for encoding in mediaType.encoding {
            for header in encoding.value.headers { walk(header.value) { $0.walk(header: $1) } }
        }
    }

    private mutating func walkSchemaAndExamples(
        _ schema: Referenceable<Schema>?, _ example: Node?, _ examples: [Named<Referenceable<Example>>],
        mediaType: String? = nil
    ) {
        for entry in examples { walk(entry.value) { _, _ in } }
        guard let schema, includesSchemas else { return }
        walk(schema) { $0.walk(schema: $1, edges: []) }
        if example != nil || !examples.isEmpty {
            visitor.visit(
                exampleSite: SchemaExampleSite(
                    schema: schema, mediaType: mediaType, example: example, examples: examples))
        }
    }
}
