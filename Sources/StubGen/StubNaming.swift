import SpecNormalizer
import TemplateEngine

/// The Swift names `specc generate` gives an API's client, for documentation that shows calls to it: each
/// operation's client method and `Operations` type, the shape of its `Input` initializer, and the properties of
/// `Credentials`.
///
/// Everything is computed by the generator's own builders (`TypeBuilder`, `OperationBuilder`,
/// `CredentialsViews`) with the default configuration, so a sample written from these names matches the
/// generated code.
///
/// The generated `Input` initializer takes, in this order, `path:`, `query:`, `headers:`, `cookies:` (each only
/// when the operation has parameters there, a `.init(...)` of them by `Parameter.argumentLabel`, defaulted when
/// none is required) and `body:` (when there is a request body: `.caseName(value)`, defaulted to `nil` when the
/// body is optional).
public struct StubNaming: Sendable {
    /// One operation of the generated client.
    public struct Operation: Sendable, Hashable {
        /// The client method (`createPet` in `client.createPet(...)`).
        public var methodName: String
        /// The operation's type (`CreatePet` in `Operations.CreatePet.Input`).
        public var typeName: String
        /// Path parameters, in document order.
        public var path: [Parameter]
        /// Query parameters, in document order.
        public var query: [Parameter]
        /// Header parameters, in document order.
        public var headers: [Parameter]
        /// Cookie parameters, in document order.
        public var cookies: [Parameter]
        /// The request body, when the operation has one.
        public var body: Body?
    }

    /// A parameter: a stored property of the `Input`'s `Path`, `Query`, `Headers` or `Cookies`.
    public struct Parameter: Sendable, Hashable {
        /// The name on the wire.
        public var name: String
        /// The Swift property name (possibly in backticks).
        public var swiftName: String
        /// `swiftName` as an argument label in a call.
        public var argumentLabel: String
        /// The Swift value type (the element type when `isList`).
        public var type: String
        /// Whether the value is an array of `type`.
        public var isList: Bool
        /// Whether the initializer requires it (it is optional and defaulted to `nil` otherwise).
        public var required: Bool
    }

    /// A request body: an enum with one case per media type.
    public struct Body: Sendable, Hashable {
        /// Whether the body is required.
        public var required: Bool
        /// One case per media type, in document order.
        public var contents: [Content]
    }

    /// How a body's payload is passed.
    public enum ContentKind: Sendable, Hashable {
        /// A `Codable` value, encoded as JSON.
        case json
        /// A `Swift.String`.
        case text
        /// An `OpenAPIRuntime.HTTPBody` passed through.
        case binary
    }

    /// One media type of a body.
    public struct Content: Sendable, Hashable {
        /// The body enum's case (`json` in `.json(value)`).
        public var caseName: String
        /// The media type, lower-cased.
        public var mediaType: String
        /// The Swift payload type.
        public var type: String
        /// How the payload is passed.
        public var kind: ContentKind
    }

    /// A property of the generated `Credentials`.
    public struct Credential: Sendable, Hashable {
        /// The security scheme's name in the document.
        public var schemeName: String
        /// The property name (possibly in backticks).
        public var swiftName: String
        /// `swiftName` as an argument label of `Credentials.init`.
        public var argumentLabel: String
        /// Whether it holds a `BasicCredentials(username:password:)` rather than a string.
        public var isBasic: Bool
    }

    /// The operations of `api.operations`, in the same order.
    public let operations: [Operation]
    /// The `Credentials` properties, in document order; schemes a client cannot fill in are left out.
    public let credentials: [Credential]

    let types: TypeBuilder
    let declarations: [OperationDecl]
    /// Component schemas by their Swift name.
    let schemasBySwiftName: [String: SchemaName]
    /// Indexes into `declarations` by operation type name (without backticks).
    let declarationsByTypeName: [String: Int]

    /// The names the generator gives `api`'s client, with `nameOverrides` (operation id or schema name → Swift
    /// name) as in `StubConfig`.
    public init(api: API, nameOverrides: [String: String] = [:]) {
        let types = TypeBuilder(api: api, overrides: nameOverrides)
        let declarations = OperationBuilder(types: types, api: api)
            .declarations(of: api.operations, namespace: "Operations", overrides: nameOverrides)
        self.types = types
        self.declarations = declarations
        schemasBySwiftName = Dictionary(
            types.swiftNames.map { (SwiftName.bare($1), $0) }, uniquingKeysWith: { first, _ in first })
        declarationsByTypeName = Dictionary(
            declarations.enumerated().map { (SwiftName.bare($1.typeName), $0) }, uniquingKeysWith: { first, _ in first }
        )
        operations = declarations.map { decl in
            Operation(
                methodName: decl.methodName, typeName: decl.typeName, path: decl.pathParameters.map(Self.parameter),
                query: decl.queryParameters.map(Self.parameter), headers: decl.headerParameters.map(Self.parameter),
                cookies: decl.cookieParameters.map(Self.parameter),
                body: decl.body.map { body in
                    Body(
                        required: body.required,
                        contents: body.contents.map { content in
                            let kind: ContentKind =
                                switch content.kind {
                                case .json: .json
                                case .text: .text
                                case .binary: .binary
                                }
                            return Content(
                                caseName: content.caseName, mediaType: content.mediaType, type: content.type, kind: kind
                            )
                        })
                })
        }
        credentials = Self.credentials(of: api)
    }

    /// The `Client` helper returning `api.servers[index]` (`server1`...), or nil when that server gets none (its
    /// URL uses a placeholder the document does not declare).
    public static func serverHelper(_ api: API, at index: Int) -> String? {
        guard api.servers.indices.contains(index) else { return nil }
        let name = "server\(index + 1)"
        return ServerViews.view(api.servers[index], name: name) == nil ? nil : name
    }

    /// A Swift string literal for `text`, spelled as the generator spells them.
    public static func stringLiteral(_ text: String) -> String {
        SwiftLiteral.string(text)
    }

    private static func parameter(_ decl: ParameterDecl) -> Parameter {
        Parameter(
            name: decl.name, swiftName: decl.swiftName, argumentLabel: SwiftName.argumentLabel(decl.swiftName),
            type: decl.type, isList: decl.isList, required: decl.required)
    }

    /// Read from the values the client template receives, so the names are the ones it declares.
    private static func credentials(of api: API) -> [Credential] {
        let schemes = api.securitySchemes.filter { CredentialsViews.statement(for: $0) != nil }
        guard case .list(let views)? = CredentialsViews.values(for: api)["schemes"], views.count == schemes.count else {
            return []
        }
        return zip(schemes, views).compactMap { scheme, view in
            guard case .object(let object) = view, case .text(let swiftName)? = object.value(forKey: "swiftName"),
                case .text(let type)? = object.value(forKey: "type")
            else { return nil }
            return Credential(
                schemeName: scheme.name, swiftName: swiftName, argumentLabel: SwiftName.argumentLabel(swiftName),
                isBasic: type == "BasicCredentials")
        }
    }
}
