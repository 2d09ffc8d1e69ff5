import SpecDiagnostics

/// The Responses Object: status codes (or `default`, or `1XX`-style ranges) mapped to responses.
public struct Responses: Sendable {
    /// The object's node.
    public var node: Node
    /// Entries in document order; the name is the status key as written (`200`, `4XX`, `default`).
    public var entries: [Named<Referenceable<Response>>]
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates a responses object.
    public init(node: Node) {
        self.node = node
        self.entries = []
        self.extensions = []
    }
}

/// The Response Object.
public struct Response: Sendable {
    /// The object's node.
    public var node: Node
    /// Description (required).
    public var description: Located<String>?
    /// Headers by name.
    public var headers: [Named<Referenceable<Header>>]
    /// Content by media type.
    public var content: [Named<MediaType>]
    /// Links by name.
    public var links: [Named<Referenceable<Link>>]
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates a response.
    public init(node: Node) {
        self.node = node
        self.headers = []
        self.content = []
        self.links = []
        self.extensions = []
    }
}
