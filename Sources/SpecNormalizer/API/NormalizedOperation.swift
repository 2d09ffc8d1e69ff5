import SpecModel

/// One operation with everything inherited from its path item and the document already applied.
public struct NormalizedOperation: Sendable, Hashable, Codable {
    /// HTTP method.
    public var method: HTTPMethod
    /// Path template as written (`/pets/{id}`), or the webhook name for webhooks.
    public var path: String
    /// `operationId`.
    public var operationId: String?
    /// Tag names in document order.
    public var tags: [String]
    /// Summary.
    public var summary: String?
    /// Description.
    public var description: String?
    /// Whether the operation is deprecated.
    public var deprecated: Bool
    /// Path-level parameters merged with the operation's (the operation's win on name and location): the
    /// path-level ones first in their order, each replaced by the operation's when it overrides it, then the
    /// operation's other parameters in their order. References are resolved.
    public var parameters: [NormalizedParameter]
    /// Request body.
    public var requestBody: NormalizedRequestBody?
    /// Responses sorted by status key (`default` last).
    public var responses: [NormalizedResponse]
    /// Security requirements: the operation's, else the document's; empty means none. Any one requirement
    /// of the list suffices.
    public var security: [NormalizedSecurityRequirement]
    /// Callbacks the operation declares, in document order; each callback's operations carry the runtime
    /// expression as their `path`. Nested callbacks are kept down to `NormalizedCallback.maximumDepth`.
    public var callbacks: [NormalizedCallback]

    /// Creates an operation.
    public init(
        method: HTTPMethod, path: String, operationId: String? = nil, tags: [String] = [], summary: String? = nil,
        description: String? = nil, deprecated: Bool = false, parameters: [NormalizedParameter] = [],
        requestBody: NormalizedRequestBody? = nil, responses: [NormalizedResponse] = [],
        security: [NormalizedSecurityRequirement] = [], callbacks: [NormalizedCallback] = []
    ) {
        self.method = method
        self.path = path
        self.operationId = operationId
        self.tags = tags
        self.summary = summary
        self.description = description
        self.deprecated = deprecated
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.security = security
        self.callbacks = callbacks
    }

    private enum CodingKeys: String, CodingKey {
        case method, path, operationId, tags, summary, description, deprecated, parameters, requestBody, responses
        case security, callbacks
    }

    /// Decodes an operation; the method is its lower-case name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .method)
        guard let method = HTTPMethod(rawValue: name) else {
            throw DecodingError.dataCorruptedError(
                forKey: .method, in: container, debugDescription: "unknown method '\(name)'")
        }
        self.method = method
        path = try container.decode(String.self, forKey: .path)
        operationId = try container.decodeIfPresent(String.self, forKey: .operationId)
        tags = try container.decode([String].self, forKey: .tags)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        deprecated = try container.decode(Bool.self, forKey: .deprecated)
        parameters = try container.decode([NormalizedParameter].self, forKey: .parameters)
        requestBody = try container.decodeIfPresent(NormalizedRequestBody.self, forKey: .requestBody)
        responses = try container.decode([NormalizedResponse].self, forKey: .responses)
        security = try container.decode([NormalizedSecurityRequirement].self, forKey: .security)
        callbacks = try container.decodeIfPresent([NormalizedCallback].self, forKey: .callbacks) ?? []
    }

    /// Encodes an operation; the method as its lower-case name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(method.rawValue, forKey: .method)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(operationId, forKey: .operationId)
        try container.encode(tags, forKey: .tags)
        try container.encodeIfPresent(summary, forKey: .summary)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encode(deprecated, forKey: .deprecated)
        try container.encode(parameters, forKey: .parameters)
        try container.encodeIfPresent(requestBody, forKey: .requestBody)
        try container.encode(responses, forKey: .responses)
        try container.encode(security, forKey: .security)
        // Written only when present, so the normalized JSON of a document without callbacks is unchanged.
        if !callbacks.isEmpty { try container.encode(callbacks, forKey: .callbacks) }
    }
}
