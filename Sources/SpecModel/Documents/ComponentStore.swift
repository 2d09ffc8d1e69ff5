/// Every object a `$ref` can reach, built once as the kind its referrer expects, keyed by target.
///
/// Root components are stored here too (under `#/components/<kind>/<name>` of the root file), so a lookup
/// does not care whether a reference is internal or points into another file.
public struct ComponentStore: Sendable {
    /// Schemas.
    public var schemas: [RefTarget: Schema] = [:]
    /// Parameters.
    public var parameters: [RefTarget: Parameter] = [:]
    /// Responses.
    public var responses: [RefTarget: Response] = [:]
    /// Request bodies.
    public var requestBodies: [RefTarget: RequestBody] = [:]
    /// Headers.
    public var headers: [RefTarget: Header] = [:]
    /// Examples.
    public var examples: [RefTarget: Example] = [:]
    /// Security schemes.
    public var securitySchemes: [RefTarget: SecurityScheme] = [:]
    /// Links.
    public var links: [RefTarget: Link] = [:]
    /// Callbacks.
    public var callbacks: [RefTarget: Callback] = [:]
    /// Path items.
    public var pathItems: [RefTarget: PathItem] = [:]

    /// Creates an empty store.
    public init() {}
}
