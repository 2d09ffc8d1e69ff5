/// A request the server refuses, with the status and the stable code of the contract's error body.
public struct APIFailure: Error, Sendable, Equatable {
    public var status: Int
    public var code: String
    public var message: String
    public var details: [Detail]
    /// Extra response headers (`WWW-Authenticate`, `Retry-After`, `RateLimit`).
    public var headers: [String: String]

    public struct Detail: Sendable, Equatable {
        public var path: String
        public var problem: String
    }

    public init(status: Int, code: String, message: String, details: [Detail] = [], headers: [String: String] = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers
    }

    static func invalid(_ message: String, path: String, problem: String) -> APIFailure {
        APIFailure(status: 400, code: "invalid_request", message: message, details: [Detail(path: path, problem: problem)])
    }

    static let unauthenticated = APIFailure(
        status: 401, code: "unauthenticated", message: "a valid API key is required",
        headers: ["WWW-Authenticate": "Bearer realm=\"specc\""])

    static func forbidden(_ message: String) -> APIFailure {
        APIFailure(status: 403, code: "forbidden", message: message)
    }

    static func notFound(_ what: String) -> APIFailure {
        APIFailure(status: 404, code: "not_found", message: "\(what) not found")
    }

    static func conflict(_ message: String) -> APIFailure {
        APIFailure(status: 409, code: "conflict", message: message)
    }

    static func unknownScope(_ name: String, path: String) -> APIFailure {
        APIFailure(
            status: 422, code: "unknown_scope", message: "unknown scope '\(name)'",
            details: [Detail(path: path, problem: "is not a scope this server knows")])
    }

    static let payloadTooLarge = APIFailure(
        status: 413, code: "payload_too_large", message: "the request body exceeds the size the server accepts")
}
