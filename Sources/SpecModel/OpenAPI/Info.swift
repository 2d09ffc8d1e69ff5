import SpecDiagnostics

/// The Info Object.
public struct Info: Sendable {
    /// The object's node, for locating any of its keys.
    public var node: Node
    /// API title (required).
    public var title: Located<String>?
    /// API version (required).
    public var version: Located<String>?
    /// Short summary (3.1).
    public var summary: Located<String>?
    /// Markdown description.
    public var description: Located<String>?
    /// Terms of service URL.
    public var termsOfService: Located<String>?
    /// Contact information.
    public var contact: Contact?
    /// Licence information.
    public var license: License?
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates an info object.
    public init(node: Node) {
        self.node = node
        self.extensions = []
    }
}

/// The Contact Object.
public struct Contact: Sendable {
    /// The object's node.
    public var node: Node
    /// Contact name.
    public var name: Located<String>?
    /// Contact URL.
    public var url: Located<String>?
    /// Contact email.
    public var email: Located<String>?

    /// Creates a contact object.
    public init(node: Node) { self.node = node }
}

/// The License Object.
public struct License: Sendable {
    /// The object's node.
    public var node: Node
    /// Licence name (required).
    public var name: Located<String>?
    /// SPDX identifier (3.1).
    public var identifier: Located<String>?
    /// Licence URL.
    public var url: Located<String>?

    /// Creates a licence object.
    public init(node: Node) { self.node = node }
}

/// The External Documentation Object.
public struct ExternalDocumentation: Sendable {
    /// The object's node.
    public var node: Node
    /// Description.
    public var description: Located<String>?
    /// URL (required).
    public var url: Located<String>?

    /// Creates an external documentation object.
    public init(node: Node) { self.node = node }
}

/// The Tag Object.
public struct Tag: Sendable {
    /// The object's node.
    public var node: Node
    /// Tag name (required).
    public var name: Located<String>?
    /// Description.
    public var description: Located<String>?
    /// External docs.
    public var externalDocs: ExternalDocumentation?
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates a tag object.
    public init(node: Node) {
        self.node = node
        self.extensions = []
    }
}
