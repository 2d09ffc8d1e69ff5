/// A document after normalization: what an API offers, independent of how its description was written.
///
/// Operations are sorted by path (UTF-8 byte order), then by method in the specification's order (get, put,
/// post, delete, options, head, patch, trace, query); webhooks likewise by name then method. Schemas are
/// referred to by `SchemaName`, never by file or pointer, so stub and site generators need no resolver.
public struct API: Sendable, Hashable, Codable {
    /// `info.title`; empty when missing.
    public var title: String
    /// `info.version`; empty when missing.
    public var version: String
    /// `info.description`.
    public var description: String?
    /// The `openapi` field as written (`3.1.0`); empty when missing.
    public var openapiVersion: String
    /// Servers of the document, in document order.
    public var servers: [NormalizedServer]
    /// Tags declared at the top level, in document order.
    public var tags: [NormalizedTag]
    /// Operations under `paths`, sorted.
    public var operations: [NormalizedOperation]
    /// Operations under `webhooks` (3.1); `path` holds the webhook name.
    public var webhooks: [NormalizedOperation]
    /// Every named schema, sorted by name.
    public var schemas: [NamedSchema]
    /// Security schemes by name, sorted by name.
    public var securitySchemes: [NormalizedSecurityScheme]

    /// Creates an API.
    public init(
        title: String, version: String, description: String? = nil, openapiVersion: String,
        servers: [NormalizedServer] = [], tags: [NormalizedTag] = [], operations: [NormalizedOperation] = [],
        webhooks: [NormalizedOperation] = [], schemas: [NamedSchema] = [],
        securitySchemes: [NormalizedSecurityScheme] = []
    ) {
        self.title = title
        self.version = version
        self.description = description
        self.openapiVersion = openapiVersion
        self.servers = servers
        self.tags = tags
        self.operations = operations
        self.webhooks = webhooks
        self.schemas = schemas
        self.securitySchemes = securitySchemes
    }

    /// The named schema called `name`.
    public func schema(named name: SchemaName) -> NormalizedSchema? {
        schemas.first { $0.name == name }?.schema
    }
}

/// A tag declared at the top level.
public struct NormalizedTag: Sendable, Hashable, Codable {
    /// Tag name.
    public var name: String
    /// Description.
    public var description: String?

    /// Creates a tag.
    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }
}
