/// The Server Object.
public struct Server: Sendable {
    /// The object's node.
    public var node: Node
    /// URL template (required), possibly relative, with `{variable}` placeholders.
    public var url: Located<String>?
    /// Description.
    public var description: Located<String>?
    /// Variables by name, in document order.
    public var variables: [Named<ServerVariable>]

    /// Creates a server object.
    public init(node: Node) {
        self.node = node
        self.variables = []
    }
}

/// The Server Variable Object.
public struct ServerVariable: Sendable {
    /// The object's node.
    public var node: Node
    /// Allowed values, as written (the spec wants strings; the nodes keep what was written so rules can say).
    public var enumValues: [Node]?
    /// The `enum` key's value node.
    public var enumNode: Node?
    /// Default value (required), as written.
    public var defaultValue: Node?
    /// Description.
    public var description: Located<String>?

    /// Creates a server variable object.
    public init(node: Node) { self.node = node }
}
