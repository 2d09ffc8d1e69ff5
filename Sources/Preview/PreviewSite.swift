import Foundation
import SiteGen

/// One built site held in memory, and what the server answers for a request path.
public struct PreviewSite: Sendable {
    /// The bytes of each file by site path (`index.html`, `operations/getPet.html`).
    public let files: [String: [UInt8]]

    /// Holds `files`.
    public init(files: [SiteFile]) {
        var byPath: [String: [UInt8]] = [:]
        for file in files { byPath[file.path] = file.bytes }
        self.files = byPath
    }

    /// What the server sends for a request: status, content type, body and, for redirects, the new location.
    public struct Answer: Sendable, Equatable {
        /// The HTTP status code.
        public var status: Int
        /// The `Content-Type` header.
        public var contentType: String
        /// The body.
        public var body: [UInt8]
        /// The `Location` header of a redirect.
        public var location: String?
    }

    /// The answer for the URL path `rawPath` (percent-encoded, without the query): the file it names (a folder
    /// `x/` names `x/index.html`), a redirect from `x` to `x/` when only `x/index.html` exists, 400 for a path
    /// that tries to leave the site, else the site's `404.html` with status 404.
    public func answer(for rawPath: String) -> Answer {
        guard let path = RequestPath.sitePath(rawPath) else {
            return Answer(status: 400, contentType: ContentType.of("error.txt"), body: Array("bad request path\n".utf8))
        }
        if let bytes = files[path] {
            return Answer(status: 200, contentType: ContentType.of(path), body: bytes)
        }
        if files[path + "/index.html"] != nil {
            // Pages link relative to their folder, so the folder is served under its own URL with the slash.
            let location = "/" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + "/"
            return Answer(status: 301, contentType: ContentType.of("redirect.txt"), body: [], location: location)
        }
        let notFound = files["404.html"] ?? Array("<!doctype html><title>Not found</title><h1>Not found</h1>\n".utf8)
        return Answer(status: 404, contentType: ContentType.of("404.html"), body: notFound)
    }
}
