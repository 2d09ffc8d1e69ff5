/// One media type of a body, with its schema.
public struct NormalizedMediaType: Sendable, Hashable, Codable {
    /// The media type key as written (`application/json`).
    public var mediaType: String
    /// The schema of the content.
    public var schema: SchemaUse?

    /// Creates a media type.
    public init(mediaType: String, schema: SchemaUse? = nil) {
        self.mediaType = mediaType
        self.schema = schema
    }
}

/// A request body with its `$ref` resolved.
public struct NormalizedRequestBody: Sendable, Hashable, Codable {
    /// Whether the body is required (false when not written).
    public var required: Bool
    /// Description.
    public var description: String?
    /// Content by media type, in document order.
    public var content: [NormalizedMediaType]

    /// Creates a request body.
    public init(required: Bool = false, description: String? = nil, content: [NormalizedMediaType] = []) {
        self.required = required
        self.description = description
        self.content = content
    }
}

/// A response with its `$ref` resolved.
public struct NormalizedResponse: Sendable, Hashable, Codable {
    /// Status key as written: `200`, `4XX` or `default`.
    public var status: String
    /// Description; empty when missing.
    public var description: String
    /// Headers, in document order.
    public var headers: [NormalizedHeader]
    /// Content by media type, in document order.
    public var content: [NormalizedMediaType]

    /// Creates a response.
    public init(
        status: String, description: String, headers: [NormalizedHeader] = [], content: [NormalizedMediaType] = []
    ) {
        self.status = status
        self.description = description
        self.headers = headers
        self.content = content
    }
}

/// A response header with its `$ref` resolved.
public struct NormalizedHeader: Sendable, Hashable, Codable {
    /// Header name as written.
    public var name: String
    /// Whether it is required.
    public var required: Bool
    /// Description.
    public var description: String?
    /// Schema.
    public var schema: SchemaUse?

    /// Creates a header.
    public init(name: String, required: Bool = false, description: String? = nil, schema: SchemaUse? = nil) {
        self.name = name
        self.required = required
        self.description = description
        self.schema = schema
    }
}
