import Hummingbird

/// Answers 405 with `Allow` (instead of the router's 404) when the path is one of the contract's but the
/// method is not, as HTTP asks (RFC 9110 §15.5.6).
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = RuntimeContext

    /// Path templates split into segments, with the methods each allows.
    private let routes: [(segments: [Substring], methods: [String])]

    init(policies: [OperationPolicy]) {
        var methods: [String: Set<String>] = [:]
        for policy in policies { methods[policy.template, default: []].insert(policy.method) }
        routes = methods.keys.sorted().map { template in
            (template.split(separator: "/"), methods[template]!.sorted())
        }
    }

    func handle(
        _ request: Request, context: RuntimeContext, next: (Request, RuntimeContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            guard let allowed = allowedMethods(for: request.uri.path), !allowed.contains(request.method.rawValue) else {
                throw error
            }
            let body = #"{"error":{"code":"method_not_allowed","message":"the path does not support this method"}}"#
            var headers = HTTPFields()
            headers[.allow] = allowed.joined(separator: ", ")
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: .methodNotAllowed, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
    }

    func allowedMethods(for path: String) -> [String]? {
        let segments = path.split(separator: "/")
        for route in routes where route.segments.count == segments.count {
            let matches = zip(route.segments, segments).allSatisfy { template, actual in
                template.hasPrefix("{") || template == actual
            }
            if matches { return route.methods }
        }
        return nil
    }
}
