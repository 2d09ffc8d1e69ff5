/// The Security Scheme Object.
public struct SecurityScheme: Sendable {
    /// The object's node.
    public var node: Node
    /// `apiKey`, `http`, `mutualTLS`, `oauth2` or `openIdConnect` (required).
    public var type: Located<String>?
    /// Description.
    public var description: Located<String>?
    /// Header, query or cookie name (apiKey).
    public var name: Located<String>?
    /// `query`, `header` or `cookie` (apiKey).
    public var location: Located<String>?
    /// HTTP auth scheme (`bearer`, `basic`).
    public var scheme: Located<String>?
    /// Bearer token format hint.
    public var bearerFormat: Located<String>?
    /// OAuth flows, as written.
    public var flows: Node?
    /// OpenID Connect discovery URL.
    public var openIdConnectUrl: Located<String>?
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates a security scheme.
    public init(node: Node) {
        self.node = node
        self.extensions = []
    }
}

/// One Security Requirement Object: every named scheme must be satisfied, with the listed scopes.
public struct SecurityRequirement: Sendable {
    /// The object's node.
    public var node: Node
    /// Scheme names and their scopes, in document order.
    public var schemes: [Named<[Located<String>]>]

    /// Creates a requirement.
    public init(node: Node) {
        self.node = node
        self.schemes = []
    }
}
