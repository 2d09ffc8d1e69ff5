/// A parameter with its `$ref` resolved.
public struct NormalizedParameter: Sendable, Hashable, Codable {
    /// Name.
    public var name: String
    /// Where it is sent: `query`, `header`, `path`, `cookie` (or 3.2 `querystring`).
    public var location: String
    /// Whether it is required (always true for path parameters).
    public var required: Bool
    /// Whether it is deprecated.
    public var deprecated: Bool
    /// Description.
    public var description: String?
    /// Serialization style, when written.
    public var style: String?
    /// Explode, when written.
    public var explode: Bool?
    /// Schema (exclusive with `content`).
    public var schema: SchemaUse?
    /// Content by media type, in document order (exclusive with `schema`).
    public var content: [NormalizedMediaType]

    /// Creates a parameter.
    public init(
        name: String, location: String, required: Bool = false, deprecated: Bool = false,
        description: String? = nil, style: String? = nil, explode: Bool? = nil, schema: SchemaUse? = nil,
        content: [NormalizedMediaType] = []
    ) {
        self.name = name
        self.location = location
        self.required = required
        self.deprecated = deprecated
        self.description = description
        self.style = style
        self.explode = explode
        self.schema = schema
        self.content = content
    }
}
