import Hummingbird

/// Answers GET and HEAD requests from the site in the store; nothing is cached by the browser.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let store: SiteStore

    func respond(to request: Request, context: Context) async throws -> Response {
        var headers = HTTPFields()
        headers[.cacheControl] = "no-store"
        guard request.method == .get || request.method == .head else {
            headers[.allow] = "GET, HEAD"
            headers[.contentType] = ContentType.of("error.txt")
            return Response(
                status: .methodNotAllowed, headers: headers, body: Self.body(Array("method not allowed\n".utf8)))
        }
        let answer = store.current.answer(for: request.uri.path)
        headers[.contentType] = answer.contentType
        if let location = answer.location { headers[.location] = location }
        headers[.contentLength] = String(answer.body.count)
        let status = HTTPResponse.Status(code: answer.status)
        return Response(
            status: status, headers: headers, body: request.method == .head ? ResponseBody() : Self.body(answer.body))
    }

    private static func body(_ bytes: [UInt8]) -> ResponseBody {
        ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
    }
}
