/// One security requirement: every listed scheme must be satisfied, with the listed scopes.
public struct NormalizedSecurityRequirement: Sendable, Hashable, Codable {
    /// Scheme names and their scopes, in document order; empty for the anonymous requirement `{}`.
    public var schemes: [SchemeScopes]

    /// Creates a requirement.
    public init(schemes: [SchemeScopes]) {
        self.schemes = schemes
    }
}

/// A security scheme name with the scopes a requirement asks for.
public struct SchemeScopes: Sendable, Hashable, Codable {
    /// Name of a scheme in `components.securitySchemes`.
    public var name: String
    /// Scopes (OAuth 2) or roles.
    public var scopes: [String]

    /// Creates an entry.
    public init(name: String, scopes: [String] = []) {
        self.name = name
        self.scopes = scopes
    }
}

/// A security scheme of `components.securitySchemes`, resolved.
public struct NormalizedSecurityScheme: Sendable, Hashable, Codable {
    /// Component name.
    public var name: String
    /// `apiKey`, `http`, `mutualTLS`, `oauth2` or `openIdConnect`; empty when missing.
    public var type: String
    /// Description.
    public var description: String?
    /// HTTP auth scheme (`bearer`, `basic`).
    public var scheme: String?
    /// Bearer token format hint.
    public var bearerFormat: String?
    /// For `apiKey`: the header, query or cookie parameter name.
    public var parameterName: String?
    /// For `apiKey`: `header`, `query` or `cookie`.
    public var location: String?

    /// Creates a scheme.
    public init(
        name: String, type: String, description: String? = nil, scheme: String? = nil, bearerFormat: String? = nil,
        parameterName: String? = nil, location: String? = nil
    ) {
        self.name = name
        self.type = type
        self.description = description
        self.scheme = scheme
        self.bearerFormat = bearerFormat
        self.parameterName = parameterName
        self.location = location
    }
}
