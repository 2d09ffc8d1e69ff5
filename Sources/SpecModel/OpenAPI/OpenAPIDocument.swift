import SpecDiagnostics

/// The OpenAPI versions we read.
public enum SpecVersion: String, Hashable, Sendable, Comparable {
    /// 3.0.x.
    case v3_0 = "3.0"
    /// 3.1.x.
    case v3_1 = "3.1"
    /// 3.2.x: read as 3.1 plus its new keys, with a warning.
    case v3_2 = "3.2"

    public static func < (lhs: SpecVersion, rhs: SpecVersion) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The OpenAPI Object: the root of a document, as written.
public struct OpenAPIDocument: Sendable {
    /// The root node.
    public var node: Node
    /// The `openapi` field as written.
    public var openapi: Located<String>?
    /// The version family it names.
    public var version: SpecVersion
    /// Info (required).
    public var info: Info?
    /// `jsonSchemaDialect` (3.1).
    public var jsonSchemaDialect: Located<String>?
    /// Servers.
    public var servers: [Server]
    /// Paths by template, in document order; nil when the `paths` key is absent.
    public var paths: [Named<PathItem>]?
    /// Webhooks by name (3.1).
    public var webhooks: [Named<Referenceable<PathItem>>]
    /// Components.
    public var components: Components?
    /// Document-wide security requirements.
    public var security: [SecurityRequirement]?
    /// Tags.
    public var tags: [Tag]
    /// External docs.
    public var externalDocs: ExternalDocumentation?
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates an empty document read from `node`.
    public init(node: Node, version: SpecVersion) {
        self.node = node
        self.version = version
        self.servers = []
        self.webhooks = []
        self.tags = []
        self.extensions = []
    }
}
