/// One operation (or webhook) as the Swift code generated for it sees it.
struct OperationDecl: Sendable {
    /// `ListPets` in `Operations.ListPets`.
    var typeName: String
    /// `listPets` on the client and the handler protocol.
    var methodName: String
    /// The operation id passed to transports and middlewares.
    var operationId: String
    /// `.get`, or `.init("PROPFIND")!` for other methods.
    var methodExpression: String
    /// The OpenAPI path template (`/pets/{petId}`).
    var path: String
    /// A Swift string literal building the request path from `input.path`.
    var pathExpression: String
    var doc: [String]
    var deprecated: Bool
    /// The file group (first tag).
    var group: String
    /// Inline types used by parameters and bodies, declared in the operation's namespace.
    var nested: [TypeDecl]
    var pathParameters: [ParameterDecl]
    var queryParameters: [ParameterDecl]
    var headerParameters: [ParameterDecl]
    var cookieParameters: [ParameterDecl]
    var body: BodyDecl?
    var responses: [ResponseDecl]
    /// Security alternatives, each a list of scheme names (all needed together).
    var security: [[String]]
    /// A `SpeccErrorShape` expression for 400 answers to undecodable requests.
    var errorShape: String
}

/// A path, query, header or cookie parameter, or a response header.
struct ParameterDecl: Sendable {
    /// The name on the wire.
    var name: String
    /// The Swift property name.
    var swiftName: String
    /// The Swift value type (the element type for lists).
    var type: String
    var isList: Bool
    var required: Bool
    /// Query lists: `name=a&name=b` (true) or `name=a,b`.
    var explode: Bool
    var doc: [String]
    var deprecated: Bool

    /// The stored property's type.
    var propertyType: String { (isList ? "[\(type)]" : type) + (required ? "" : "?") }
}

/// A request body: one case per media type.
struct BodyDecl: Sendable {
    var required: Bool
    var contents: [ContentDecl]
}

/// One media type of a body.
struct ContentDecl: Sendable {
    enum Kind: Sendable { case json, text, binary }
    var caseName: String
    var mediaType: String
    /// The Swift payload type (`OpenAPIRuntime.HTTPBody` for binary, `Swift.String` for text).
    var type: String
    var kind: Kind
}

extension ContentDecl {
    /// The payload type when `contents` is `application/json` alone (case `json`): such a body is
    /// `SpeccJSONBody<type>` rather than an enum of its own.
    static func jsonOnlyType(_ contents: [ContentDecl]) -> String? {
        guard contents.count == 1, contents[0].kind == .json, contents[0].caseName == "json" else { return nil }
        return contents[0].type
    }
}

/// One documented response.
struct ResponseDecl: Sendable {
    /// The `Output` case (`ok`, `notFound`, `code4XX`, `` `default` ``).
    var caseName: String
    /// The payload struct's name (`Ok`, `NotFound`, `Code4XX`, `Default`).
    var structName: String
    /// The exact status, or nil for a range or `default` (the case then carries the status code).
    var status: Int?
    /// For `4XX`: 400...499; for `default`: nil.
    var range: ClosedRange<Int>?
    var doc: [String]
    var headers: [ParameterDecl]
    var contents: [ContentDecl]

    /// The shared generic type this response is an alias of, when it has no headers and no body
    /// (`SpeccEmptyResponse`) or only a JSON body (`SpeccJSONResponse<T>`); nil when it needs a struct.
    var sharedType: String? {
        guard headers.isEmpty else { return nil }
        if contents.isEmpty { return "SpeccEmptyResponse" }
        return ContentDecl.jsonOnlyType(contents).map { "SpeccJSONResponse<\($0)>" }
    }

    /// Whether this response is a `SpeccJSONResponse` sent as `application/json`: the server answers it and the
    /// client reads it through one shared generic call (`SpeccServerCore.json`, `SpeccClientCore.json`) instead
    /// of code of its own, which is most of what a response costs to compile.
    var isSharedJSON: Bool {
        headers.isEmpty && ContentDecl.jsonOnlyType(contents) != nil && contents[0].mediaType == "application/json"
    }

    /// Whether this response is a `SpeccEmptyResponse`: nothing but a status.
    var isSharedEmpty: Bool { headers.isEmpty && contents.isEmpty }
}
