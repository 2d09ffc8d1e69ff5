/// The Components Object: reusable objects by kind and name, in document order.
public struct Components: Sendable {
    /// The object's node.
    public var node: Node
    /// Schemas.
    public var schemas: [Named<Referenceable<Schema>>]
    /// Responses.
    public var responses: [Named<Referenceable<Response>>]
    /// Parameters.
    public var parameters: [Named<Referenceable<Parameter>>]
    /// Examples.
    public var examples: [Named<Referenceable<Example>>]
    /// Request bodies.
    public var requestBodies: [Named<Referenceable<RequestBody>>]
    /// Headers.
    public var headers: [Named<Referenceable<Header>>]
    /// Security schemes.
    public var securitySchemes: [Named<Referenceable<SecurityScheme>>]
    /// Links.
    public var links: [Named<Referenceable<Link>>]
    /// Callbacks.
    public var callbacks: [Named<Referenceable<Callback>>]
    /// Path items (3.1).
    public var pathItems: [Named<Referenceable<PathItem>>]
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates an empty components object.
    public init(node: Node) {
        self.node = node
        self.schemas = []
        self.responses = []
        self.parameters = []
        self.examples = []
        self.requestBodies = []
        self.headers = []
        self.securitySchemes = []
        self.links = []
        self.callbacks = []
        self.pathItems = []
        self.extensions = []
    }
}
