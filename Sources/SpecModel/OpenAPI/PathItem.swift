import SpecDiagnostics

/// The Path Item Object.
public struct PathItem: Sendable {
    /// The object's node.
    public var node: Node
    /// A `$ref` to another path item, merged with the fields written here.
    public var reference: Reference?
    /// Summary for all operations.
    public var summary: Located<String>?
    /// Description for all operations.
    public var description: Located<String>?
    /// Operations by method, in document order.
    public var operations: [PathOperation]
    /// Servers for all operations.
    public var servers: [Server]
    /// Parameters shared by all operations.
    public var parameters: [Referenceable<Parameter>]
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates a path item.
    public init(node: Node) {
        self.node = node
        self.operations = []
        self.servers = []
        self.parameters = []
        self.extensions = []
    }
}

/// An operation with the method key it was written under.
public struct PathOperation: Sendable {
    /// The method.
    public var method: HTTPMethod
    /// Where the method key was written.
    public var methodSpan: SourceSpan
    /// The operation.
    public var operation: Operation

    /// Creates an entry.
    public init(method: HTTPMethod, methodSpan: SourceSpan, operation: Operation) {
        self.method = method
        self.methodSpan = methodSpan
        self.operation = operation
    }
}
