/// The Request Body Object.
public struct RequestBody: Sendable {
    /// The object's node.
    public var node: Node
    /// Description.
    public var description: Located<String>?
    /// Content by media type (required).
    public var content: [Named<MediaType>]
    /// Whether the body is required.
    public var required: Located<Bool>?
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates a request body.
    public init(node: Node) {
        self.node = node
        self.content = []
        self.extensions = []
    }
}

/// The Media Type Object.
public struct MediaType: Sendable {
    /// The object's node.
    public var node: Node
    /// Schema of the content.
    public var schema: Referenceable<Schema>?
    /// Single example.
    public var example: Node?
    /// Named examples.
    public var examples: [Named<Referenceable<Example>>]
    /// Encoding per property (multipart and form bodies).
    public var encoding: [Named<Encoding>]
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates a media type.
    public init(node: Node) {
        self.node = node
        self.examples = []
        self.encoding = []
        self.extensions = []
    }
}

/// The Encoding Object.
public struct Encoding: Sendable {
    /// The object's node.
    public var node: Node
    /// Content type of the part.
    public var contentType: Located<String>?
    /// Headers of the part.
    public var headers: [Named<Referenceable<Header>>]
    /// Style.
    public var style: Located<String>?
    /// Explode.
    public var explode: Located<Bool>?
    /// Allow reserved.
    public var allowReserved: Located<Bool>?

    /// Creates an encoding.
    public init(node: Node) {
        self.node = node
        self.headers = []
    }
}

/// The Example Object.
public struct Example: Sendable {
    /// The object's node.
    public var node: Node
    /// Summary.
    public var summary: Located<String>?
    /// Description.
    public var description: Located<String>?
    /// The example value, as written.
    public var value: Node?
    /// URL of an external example.
    public var externalValue: Located<String>?

    /// Creates an example.
    public init(node: Node) { self.node = node }
}

/// The Link Object.
public struct Link: Sendable {
    /// The object's node.
    public var node: Node
    /// Relative or absolute reference to an operation.
    public var operationRef: Located<String>?
    /// Name of an existing operation.
    public var operationId: Located<String>?
    /// Parameters to pass, as written.
    public var parameters: [Named<Node>]
    /// Request body to pass, as written.
    public var requestBody: Node?
    /// Description.
    public var description: Located<String>?
    /// Server.
    public var server: Server?

    /// Creates a link.
    public init(node: Node) {
        self.node = node
        self.parameters = []
    }
}
