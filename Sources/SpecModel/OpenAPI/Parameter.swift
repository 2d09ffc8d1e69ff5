import SpecDiagnostics

/// Where a parameter is sent.
public enum ParameterLocation: String, Hashable, Sendable, CaseIterable {
    case query, header, path, cookie
    /// OpenAPI 3.2 only.
    case querystring
}

/// The Parameter Object.
public struct Parameter: Sendable {
    /// The object's node.
    public var node: Node
    /// Parameter name (required).
    public var name: Located<String>?
    /// Where it goes (required); nil when missing or not one of the known locations.
    public var location: Located<ParameterLocation>?
    /// Description.
    public var description: Located<String>?
    /// Whether it is required (must be true for path parameters).
    public var required: Located<Bool>?
    /// Deprecated.
    public var deprecated: Located<Bool>?
    /// Allow empty value.
    public var allowEmptyValue: Located<Bool>?
    /// Serialization style.
    public var style: Located<String>?
    /// Explode.
    public var explode: Located<Bool>?
    /// Allow reserved characters.
    public var allowReserved: Located<Bool>?
    /// Schema (exclusive with `content`).
    public var schema: Referenceable<Schema>?
    /// Content by media type (exclusive with `schema`).
    public var content: [Named<MediaType>]
    /// Single example, as written.
    public var example: Node?
    /// Named examples.
    public var examples: [Named<Referenceable<Example>>]
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates a parameter.
    public init(node: Node) {
        self.node = node
        self.content = []
        self.examples = []
        self.extensions = []
    }
}

/// The Header Object: a parameter without `name` and `in`.
public struct Header: Sendable {
    /// The object's node.
    public var node: Node
    /// Description.
    public var description: Located<String>?
    /// Whether it is required.
    public var required: Located<Bool>?
    /// Deprecated.
    public var deprecated: Located<Bool>?
    /// Style (only `simple`).
    public var style: Located<String>?
    /// Explode.
    public var explode: Located<Bool>?
    /// Schema.
    public var schema: Referenceable<Schema>?
    /// Content by media type.
    public var content: [Named<MediaType>]
    /// Single example.
    public var example: Node?
    /// Named examples.
    public var examples: [Named<Referenceable<Example>>]
    /// `x-` extensions.
    public var extensions: [Named<Node>]

    /// Creates a header.
    public init(node: Node) {
        self.node = node
        self.content = []
        self.examples = []
        self.extensions = []
    }
}
