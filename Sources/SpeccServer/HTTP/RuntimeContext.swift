import Hummingbird
import NIOCore

/// Hummingbird's request context plus the peer address, which usage history records.
public struct RuntimeContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }
}

/// Puts the client's IP address where the OpenAPI middleware can read it.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = RuntimeContext

    func handle(
        _ request: Request, context: RuntimeContext, next: (Request, RuntimeContext) async throws -> Response
    ) async throws -> Response {
        try await RequestScope.$clientAddress.withValue(context.remoteAddress?.ipAddress) {
            try await next(request, context)
        }
    }
}
