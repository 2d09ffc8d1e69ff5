import SpecModel

/// A schema the walker met, with the schemas it was combined into.
struct SchemaVisit {
    /// The applicator keywords that combine a schema into its parent's value.
    enum Keyword: String {
        case allOf, anyOf, oneOf, not
        case ifSchema = "if", thenSchema = "then", elseSchema = "else"
    }

    /// One step from a parent to a schema through an applicator keyword.
    struct Edge {
        /// The parent's visit number (its index in `SchemaCollector.schemas`).
        var parent: Int
        /// The keyword.
        var keyword: Keyword
    }

    /// The schema.
    var schema: Schema
    /// The applicator steps that led here, outermost first. Empty when the schema stands alone: a component,
    /// a media type's schema, a property, `items`... A property of an `allOf` member starts a new chain.
    var edges: [Edge]

    /// Whether the schema is (inside) a `not`: its constraints are negated, not required.
    var isNegated: Bool { edges.contains { $0.keyword == .not } }
}

/// A place that pairs example values with a schema: a media type, a parameter or a header.
struct SchemaExampleSite {
    /// The schema the examples should match.
    var schema: Referenceable<Schema>
    /// The media type name, for examples under `content`; nil for parameters and headers.
    var mediaType: String?
    /// `example`.
    var example: Node?
    /// `examples`.
    var examples: [Named<Referenceable<Example>>]
}

/// Receives what `SchemaWalker` meets. Every method has an empty default, so a visitor implements only what it
/// uses.
protocol SchemaWalkVisitor {
    /// Every schema, once (by node), inline or component, numbered in visit order from 0. The schema is
    /// borrowed: a visitor that keeps it pays for the copy (schemas are large values), one that only looks
    /// does not.
    mutating func visit(schema: Schema, edges: [SchemaVisit.Edge])
    /// Every media type, parameter or header that has a schema and an example or examples.
    mutating func visit(exampleSite: SchemaExampleSite)
    /// Every Server Object: document, path item, operation and link servers.
    mutating func visit(server: Server)
    /// Every `$ref` written in a place the model knows (the walker does not follow it).
    mutating func visit(reference: Reference)
    /// Every security requirement, document-wide or per operation.
    mutating func visit(securityRequirement: SecurityRequirement)
}

extension SchemaWalkVisitor {
    mutating func visit(schema: Schema, edges: [SchemaVisit.Edge]) {}
    mutating func visit(exampleSite: SchemaExampleSite) {}
    mutating func visit(server: Server) {}
    mutating func visit(reference: Reference) {}
    mutating func visit(securityRequirement: SecurityRequirement) {}
}

/// Collects schema visits, in walk order: the way for a rule to look at schemas together with the schemas they
/// are combined into. Only the schemas the rule asks for are kept (schemas are large values, and stripe has
/// tens of thousands), plus the parents their edges name. Rules that look at one schema at a time use
/// `SchemaWalker.forEachSchema`, which keeps nothing.
struct SchemaCollector: SchemaWalkVisitor {
    /// The schemas kept, in walk order.
    private(set) var schemas: [SchemaVisit] = []
    /// The example sites met.
    private(set) var exampleSites: [SchemaExampleSite] = []
    /// Schemas with applicator children, by visit number.
    private var parents: [Int: Schema] = [:]
    private var count = 0
    private let keep: (Schema) -> Bool

    /// Creates a collector keeping the schemas `keep` accepts.
    init(keeping keep: @escaping (Schema) -> Bool) { self.keep = keep }

    mutating func visit(schema: Schema, edges: [SchemaVisit.Edge]) {
        defer { count += 1 }
        if keep(schema) { schemas.append(SchemaVisit(schema: schema, edges: edges)) }
        let isParent =
            !schema.allOf.isEmpty || !schema.anyOf.isEmpty || !schema.oneOf.isEmpty || schema.not != nil
            || schema.ifSchema != nil || schema.thenSchema != nil || schema.elseSchema != nil
        if isParent { parents[count] = schema }
    }

    mutating func visit(exampleSite: SchemaExampleSite) { exampleSites.append(exampleSite) }

    /// The schema an edge comes from.
    func parent(_ edge: SchemaVisit.Edge) -> Schema { parents[edge.parent]! }

    /// Walks the whole document (root objects and every object in the store), keeping the schemas `keep`
    /// accepts.
    static func collect(_ document: RawDocument, keeping keep: @escaping (Schema) -> Bool) -> SchemaCollector {
        var walker = SchemaWalker(visitor: SchemaCollector(keeping: keep))
        walker.walkDocument(document)
        return walker.visitor
    }
}

/// Hands every schema (and server) to closures, keeping nothing.
struct SchemaInspector: SchemaWalkVisitor {
    /// Called for each schema.
    var onSchema: (Schema) -> Void = { _ in }
    /// Called for each server.
    var onServer: (Server) -> Void = { _ in }

    mutating func visit(schema: Schema, edges: [SchemaVisit.Edge]) { onSchema(schema) }
    mutating func visit(server: Server) { onServer(server) }
}

extension SchemaWalker where Visitor == SchemaInspector {
    /// Calls `body` with every schema of the document, once each.
    static func forEachSchema(in document: RawDocument, _ body: @escaping (Schema) -> Void) {
        var walker = SchemaWalker(visitor: SchemaInspector(onSchema: body))
        walker.walkDocument(document)
    }

    /// Calls `body` with every Server Object of the document, once each.
    static func forEachServer(in document: RawDocument, _ body: @escaping (Server) -> Void) {
        var walker = SchemaWalker(visitor: SchemaInspector(onServer: body), includesSchemas: false)
        walker.walkDocument(document)
    }
}
