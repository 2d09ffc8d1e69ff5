import Foundation
import HTTPTypes
import OpenAPIRuntime
import Synchronization

/// A client transport that is also a server transport: `register` stores each handler with its method and
/// path template, and `send` routes a request to the handler whose template matches its path, without any
/// network. The generated client then talks to the generated server in the same process.
final class InProcessTransport: ClientTransport, ServerTransport, Sendable {
    typealias Handler =
        @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)

    private struct Route: Sendable {
        var method: HTTPRequest.Method
        /// Path segments; `{name}` segments match any one segment.
        var segments: [Substring]
        var handler: Handler
    }

    private let routes = Mutex<[Route]>([])
    private let sent = Mutex<[HTTPRequest]>([])

    /// Every request `send` received, in order (as the client and its middlewares sent it).
    var requests: [HTTPRequest] { sent.withLock { $0 } }

    /// The registered routes as `METHOD /template`, in registration order.
    var registeredRoutes: [String] {
        routes.withLock { routes in
            routes.map { $0.method.rawValue + " /" + $0.segments.joined(separator: "/") }
        }
    }

    func register(_ handler: @escaping Handler, method: HTTPRequest.Method, path: String) throws {
        let route = Route(method: method, segments: Self.segments(path), handler: handler)
        routes.withLock { $0.append(route) }
    }

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        sent.withLock { $0.append(request) }
        let path = request.path?.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let segments = Self.segments(path)
        let candidates = routes.withLock { $0 }
        for route in candidates where route.method == request.method {
            guard let parameters = Self.match(route.segments, segments) else { continue }
            return try await route.handler(request, body, ServerRequestMetadata(pathParameters: parameters))
        }
        return (HTTPResponse(status: .notFound), nil)
    }

    private static func segments(_ path: some StringProtocol) -> [Substring] {
        Substring(path).split(separator: "/", omittingEmptySubsequences: true)
    }

    /// The path parameters when `path` fits `template`, else nil.
    private static func match(_ template: [Substring], _ path: [Substring]) -> [String: Substring]? {
        guard template.count == path.count else { return nil }
        var parameters: [String: Substring] = [:]
        for (pattern, segment) in zip(template, path) {
            if pattern.hasPrefix("{") && pattern.hasSuffix("}") {
                parameters[String(pattern.dropFirst().dropLast())] = segment
            } else if pattern != segment {
                return nil
            }
        }
        return parameters
    }
}

extension InProcessTransport {
    /// Sends raw bytes to the server side, as a client other than the generated one would.
    func sendRaw(
        _ method: HTTPRequest.Method, _ path: String, json: String? = nil, headers: HTTPFields = [:]
    ) async throws -> (status: Int, body: String) {
        var request = HTTPRequest(method: method, scheme: nil, authority: nil, path: path, headerFields: headers)
        if json != nil { request.headerFields[.contentType] = "application/json" }
        let (response, body) = try await send(
            request, body: json.map { HTTPBody($0) }, baseURL: URL(string: "/")!, operationID: "raw")
        guard let body else { return (response.status.code, "") }
        return (response.status.code, try await String(collecting: body, upTo: 1 << 20))
    }
}
