/// One operation page.
public struct OperationView: Sendable {
    /// Upper-case method.
    public var method: String
    /// Lower-case method, for CSS.
    public var methodClass: String
    /// Path template (HTML).
    public var path: String
    /// Summary, or method and path when missing (HTML).
    public var summary: String
    /// Description (HTML).
    public var description: String
    /// `operationId` (HTML), possibly empty.
    public var operationId: String
    /// Whether deprecated.
    public var deprecated: Bool
    /// Tag links.
    public var tags: [LinkView]
    /// Whether there are parameters.
    public var hasParameters: Bool
    /// Parameters in order.
    public var parameters: [ParameterView]
    /// Whether there is a request body.
    public var hasRequestBody: Bool
    /// The request body, when `hasRequestBody`.
    public var requestBody: [BodyView]
    /// Responses sorted by status.
    public var responses: [ResponseView]
    /// Whether security applies.
    public var hasSecurity: Bool
    /// Alternatives: any one line suffices (HTML).
    public var security: [String]
    /// Code samples.
    public var samples: [CodeSampleView]
}

/// A parameter row.
public struct ParameterView: Sendable {
    /// Name (HTML).
    public var name: String
    /// `param-<location>-<name>`.
    public var anchor: String
    /// `path`, `query`, `header`, `cookie`.
    public var location: String
    /// Whether required.
    public var required: Bool
    /// Whether deprecated.
    public var deprecated: Bool
    /// Type text (HTML).
    public var type: String
    /// Description and constraints (HTML).
    public var description: String
    /// Constraints (HTML).
    public var constraints: [String]
}

/// A request body or response content.
public struct BodyView: Sendable {
    /// Whether the body is required.
    public var required: Bool
    /// Description (HTML).
    public var description: String
    /// Content by media type.
    public var media: [MediaView]
}

/// One media type with its schema tree.
public struct MediaView: Sendable {
    /// The media type (HTML).
    public var mediaType: String
    /// Whether there is a schema.
    public var hasSchema: Bool
    /// The tree (root node).
    public var tree: SchemaNodeView
    /// An example body, as JSON (HTML); empty when none.
    public var example: String
    /// Whether `example` is not empty.
    public var hasExample: Bool
}

/// One response.
public struct ResponseView: Sendable {
    /// Status key (HTML).
    public var status: String
    /// `2xx`-style class for CSS.
    public var statusClass: String
    /// `response-<status>`.
    public var anchor: String
    /// Description (HTML).
    public var description: String
    /// Whether there are headers.
    public var hasHeaders: Bool
    /// Headers as parameter-like rows.
    public var headers: [ParameterView]
    /// Content by media type.
    public var media: [MediaView]
}

/// A code sample.
public struct CodeSampleView: Sendable {
    /// Language label (HTML).
    public var language: String
    /// Code (HTML).
    public var code: String
}
