import SpecDiagnostics

/// The Operation Object.
public struct Operation: Sendable {
    /// The object's node.
    public var node: Node
    /// Tag names.
    public var tags: [Located<String>]
    /// Short summary.
    public var summary: Located<String>?
    /// Markdown description.
    public var description: Located<String>?
    /// External docs.
    public var externalDocs: ExternalDocumentation?
    /// Unique operation id.
    public var operationId: Located<String>?
    /// Parameters.
    public var parameters: [Referenceable<Parameter>]
    /// Request body.
    public var requestBody: Referenceable<RequestBody>?
    /// Responses (required in 3.0).
    public var responses: Responses?
    /// Callbacks by name.
    public var callbacks: [Named<Referenceable<Callback>>]
    /// Whether the operation is deprecated.
    public var deprecated: Located<Bool>?
    /// Security requirements; nil inherits the document's, `[]` means none.
    public var security: [SecurityRequirement]?
    /// Servers for this operation.
    public var servers: [Server]
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates an operation.
    public init(node: Node) {
        self.node = node
        self.tags = []
        self.parameters = []
        self.callbacks = []
        self.servers = []
        self.extensions = []
    }
}

/// The Callback Object: expressions mapped to path items.
public struct Callback: Sendable {
    /// The object's node.
    public var node: Node
    /// Runtime expressions and their path items.
    public var expressions: [Named<Referenceable<PathItem>>]

    /// Creates a callback.
    public init(node: Node) {
        self.node = node
        self.expressions = []
    }
}
