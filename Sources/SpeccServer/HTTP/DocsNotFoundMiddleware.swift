import Foundation
import Hummingbird
import NIOCore

/// Answers a `GET` or `HEAD` under `/docs` that matches no file with the site's own `404.html` (status 404), so a
/// reader who follows a stale link lands on a page with the site's navigation rather than an empty body.
///
/// The page's links are relative to the site's root and the request may be several folders deep, so the page
/// is served with `<base href="/docs/">` added to its head. Read once at start; without a `404.html` the
/// middleware passes everything through.
struct DocsNotFoundMiddleware: RouterMiddleware {
    typealias Context = RuntimeContext

    /// The page as served, or nil when the site has none.
    let page: ByteBuffer?

    init(siteDirectory: String) {
        let path = URL(fileURLWithPath: siteDirectory).appendingPathComponent("404.html").path
        guard let data = FileManager.default.contents(atPath: path), let html = String(data: data, encoding: .utf8)
        else {
            page = nil
            return
        }
        page = ByteBuffer(string: Self.withBase(html))
    }

    /// `html` with `<base href="/docs/">` as the first element of its head (before it, when there is no head).
    static func withBase(_ html: String) -> String {
        let base = "<base href=\"/docs/\">"
        guard let head = html.range(of: "<head>", options: .caseInsensitive) else { return base + html }
        return html.replacingCharacters(in: head, with: html[head] + base)
    }

    func handle(
        _ request: Request, context: RuntimeContext, next: (Request, RuntimeContext) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        guard let page, request.method == .get || request.method == .head, path == "/docs" || path.hasPrefix("/docs/")
        else { return try await next(request, context) }
        do {
            let response = try await next(request, context)
            return response.status == .notFound ? notFound(page, head: request.method == .head) : response
        } catch let error as HTTPError where error.status == .notFound {
            return notFound(page, head: request.method == .head)
        }
    }

    private func notFound(_ page: ByteBuffer, head: Bool) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentLength] = String(page.readableBytes)
        return Response(status: .notFound, headers: headers, body: head ? .init() : .init(byteBuffer: page))
    }
}
