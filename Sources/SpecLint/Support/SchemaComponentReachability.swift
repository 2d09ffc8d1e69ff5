import SpecModel

/// A kind of reusable object, as keyed under `components`.
enum SchemaComponentKind: String, CaseIterable, Hashable {
    case schemas, responses, parameters, examples, requestBodies, headers, securitySchemes, links, callbacks
    case pathItems

    /// The name of one object of the kind, as messages print it.
    var singular: String {
        switch self {
        case .schemas: "schema"
        case .responses: "response"
        case .parameters: "parameter"
        case .examples: "example"
        case .requestBodies: "request body"
        case .headers: "header"
        case .securitySchemes: "security scheme"
        case .links: "link"
        case .callbacks: "callback"
        case .pathItems: "path item"
        }
    }
}

/// A root component: its kind and name.
struct SchemaComponentKey: Hashable {
    /// The kind.
    var kind: SchemaComponentKind
    /// The name.
    var name: String
}

/// Which root components the document uses: reachable from its paths, webhooks and security requirements
/// by `$ref`s, security requirements (by scheme name) and discriminators (by mapping value, and by the
/// implicit mapping to schemas that extend a discriminated schema through `allOf`).
///
/// A component reached only from components that are not themselves reached stays unused.
struct SchemaComponentReachability {
    private let document: RawDocument
    private let components: Components?
    private var walker = SchemaWalker(visitor: Collector())
    private var visitedTargets: Set<RefTarget> = []
    /// The components reached so far.
    private(set) var reached: Set<SchemaComponentKey> = []
    /// Component schemas that extend a schema through `allOf`, by the target of the schema they extend.
    private var extensions: [RefTarget: [String]] = [:]
    /// The target of each schema node that is a component or a store entry.
    private var schemaTargets: [ObjectIdentifier: RefTarget] = [:]

    /// What the walker hands back: references, security scheme names and discriminated schemas.
    struct Collector: SchemaWalkVisitor {
        var references: [Reference] = []
        var schemeNames: [String] = []
        var discriminated: [Schema] = []

        mutating func visit(reference: Reference) { references.append(reference) }
        mutating func visit(securityRequirement: SecurityRequirement) {
            schemeNames.append(contentsOf: securityRequirement.schemes.map(\.name))
        }
        mutating func visit(schema: Schema, edges: [SchemaVisit.Edge]) {
            if schema.discriminator != nil { discriminated.append(schema) }
        }
    }

    /// Computes the components reachable in `document`.
    init(_ document: RawDocument) {
        self.document = document
        self.components = document.openAPI.components
        indexSchemas()
        let root = document.openAPI
        for path in root.paths ?? [] { walker.walk(pathItem: path.value) }
        for webhook in root.webhooks { walker.walk(webhook.value) { $0.walk(pathItem: $1) } }
        for requirement in root.security ?? [] { walker.visitor.visit(securityRequirement: requirement) }
        drain()
    }

    /// The target a root component is found at.
    func target(of key: SchemaComponentKey) -> RefTarget {
        RefTarget(
            file: document.files.rootFile, pointer: JSONPointer(tokens: ["components", key.kind.rawValue, key.name]))
    }

    private mutating func indexSchemas() {
        for (target, schema) in document.store.schemas { schemaTargets[ObjectIdentifier(schema.node)] = target }
        for entry in components?.schemas ?? [] {
            let key = SchemaComponentKey(kind: .schemas, name: entry.name)
            guard let schema = entry.value.value else { continue }
            schemaTargets[ObjectIdentifier(schema.node)] = target(of: key)
            for member in schema.allOf {
                guard let reference = member.reference else { continue }
                for extended in targets(of: reference) { extensions[extended, default: []].append(entry.name) }
            }
        }
    }

    /// Processes what the walker collected until nothing new turns up.
    private mutating func drain() {
        while true {
            let found = walker.visitor
            walker.visitor = Collector()
            if found.references.isEmpty && found.schemeNames.isEmpty && found.discriminated.isEmpty { return }
            for reference in found.references {
                for target in targets(of: reference) { reach(target) }
            }
            for name in found.schemeNames { reach(SchemaComponentKey(kind: .securitySchemes, name: name)) }
            for schema in found.discriminated { reachVariants(of: schema) }
        }
    }

    /// The place a reference names directly (the first link of a chain) and the end of its chain.
    func targets(of reference: Reference) -> [RefTarget] {
        var found: [RefTarget] = []
        if case .resolved(let direct) = document.files.resolve(reference.text, from: reference.span.file) {
            found.append(direct)
        }
        if let end = reference.target, !found.contains(end) { found.append(end) }
        return found
    }

    private mutating func reach(_ target: RefTarget) {
        guard visitedTargets.insert(target).inserted else { return }
        let tokens = target.pointer.tokens
        if target.file == document.files.rootFile, tokens.count >= 3, tokens[0] == "components",
            let kind = SchemaComponentKind(rawValue: tokens[1])
        {
            reach(SchemaComponentKey(kind: kind, name: tokens[2]))
        }
        let store = document.store
        if let schema = store.schemas[target] { walker.walk(schema: schema, edges: []) }
        if let parameter = store.parameters[target] { walker.walk(parameter: parameter) }
        if let response = store.responses[target] { walker.walk(response: response) }
        if let body = store.requestBodies[target] { walker.walk(requestBody: body) }
        if let header = store.headers[target] { walker.walk(header: header) }
        if let link = store.links[target] { walker.walk(link: link) }
        if let callback = store.callbacks[target] { walker.walk(callback: callback) }
        if let pathItem = store.pathItems[target] { walker.walk(pathItem: pathItem) }
    }

    private mutating func reach(_ key: SchemaComponentKey) {
        guard reached.insert(key).inserted, let components else { return }
        walker.walk(component: key, in: components)
    }

    /// A discriminator uses the schemas its mapping names and, implicitly, the schemas that extend it.
    private mutating func reachVariants(of schema: Schema) {
        for entry in schema.discriminator?.mapping ?? [] {
            let value = entry.value.value
            if DiscriminatorMappingTargetMissingRule.isSchemaName(value),
                components?.schemas.contains(where: { $0.name == value }) == true
            {
                reach(SchemaComponentKey(kind: .schemas, name: value))
            } else if case .resolved(let target) = document.files.resolve(value, from: entry.value.span.file) {
                reach(target)
            }
        }
        if let target = schemaTargets[ObjectIdentifier(schema.node)] {
            for name in extensions[target] ?? [] { reach(SchemaComponentKey(kind: .schemas, name: name)) }
        }
    }
}

extension SchemaWalker {
    /// Walks the root component `key` (reporting it as a reference when it is a `$ref` itself).
    mutating func walk(component key: SchemaComponentKey, in components: Components) {
        func entry<T>(_ list: [Named<Referenceable<T>>]) -> Referenceable<T>? {
            list.first { $0.name == key.name }?.value
        }
        switch key.kind {
        case .schemas: entry(components.schemas).map { walk($0) { $0.walk(schema: $1, edges: []) } }
        case .responses: entry(components.responses).map { walk($0) { $0.walk(response: $1) } }
        case .parameters: entry(components.parameters).map { walk($0) { $0.walk(parameter: $1) } }
        case .examples: entry(components.examples).map { walk($0) { _, _ in } }
        case .requestBodies: entry(components.requestBodies).map { walk($0) { $0.walk(requestBody: $1) } }
        case .headers: entry(components.headers).map { walk($0) { $0.walk(header: $1) } }
        case .securitySchemes: entry(components.securitySchemes).map { walk($0) { _, _ in } }
        case .links: entry(components.links).map { walk($0) { $0.walk(link: $1) } }
        case .callbacks: entry(components.callbacks).map { walk($0) { $0.walk(callback: $1) } }
        case .pathItems: entry(components.pathItems).map { walk($0) { $0.walk(pathItem: $1) } }
        }
    }
}
