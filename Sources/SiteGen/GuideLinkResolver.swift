import PageParser
import SpecDiagnostics

/// Resolves links written in guide pages to site URLs; a link to nothing is a `broken-link` finding.
///
/// Syntax: `./other-page` or `other-page.md` (optionally with `#anchor`), `#anchor` in the same page,
/// `op:operationId` and `schema:Name`. Absolute URLs (`https:`, `mailto:`) are kept as written.
struct GuideLinkResolver {
    let routes: SiteRoutes
    /// Anchors of each guide by slug.
    let anchors: [String: Set<String>]

    init(routes: SiteRoutes, pages: [Page]) {
        self.routes = routes
        var anchors: [String: Set<String>] = [:]
        for page in pages { anchors[page.slug] = Set(page.headings.map(\.anchor)) }
        self.anchors = anchors
    }

    /// The URL to write for `link` in `page` (relative to the page), or nil to keep it; reports broken ones.
    func resolve(_ link: PageLink, in page: Page, root: String, into sink: any DiagnosticSink) -> String? {
        let target = link.target
        if target.isEmpty || target.contains("://") || target.hasPrefix("mailto:") || target.hasPrefix("//") { return nil }
        func broken(_ reason: String) -> String? {
            sink.emit(
                Diagnostic(
                    .error, "broken-link", "link '\(target)' \(reason)",
                    at: SourceRange(file: page.sourcePath, at: SourcePosition(line: link.line, column: link.column))))
            return nil
        }
        if target.hasPrefix("op:") {
            let id = String(target.dropFirst(3))
            guard let url = routes.operationIDs[id] else { return broken("names no operation with operationId '\(id)'") }
            return root + url
        }
        if target.hasPrefix("schema:") {
            let name = String(target.dropFirst(7))
            guard let url = routes.schemas[.init(rawValue: name)] else { return broken("names no schema '\(name)'") }
            return root + url
        }
        if target.contains(":") { return nil }
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0])
        let anchor = parts.count > 1 ? String(parts[1]) : nil
        var slug = page.slug
        if !pathPart.isEmpty {
            slug = Self.join(page.slug, PageParser.normalizedSlug(pathPart))
            guard routes.guides[slug] != nil else { return broken("names no published page '\(slug)'") }
        }
        if let anchor, !(anchors[slug]?.contains(anchor) ?? false) {
            return broken("names no heading '#\(anchor)' in page '\(slug)'")
        }
        let url = pathPart.isEmpty ? "" : root + (routes.guides[slug] ?? "")
        return url + (anchor.map { "#" + $0 } ?? "")
    }

    /// A page slug relative to the folder of `from` (`rest-api/intro` + `./flows` → `rest-api/flows`).
    static func join(_ from: String, _ relative: String) -> String {
        var folder = from.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/") {
            if part == ".." { _ = folder.popLast() } else if part != "." { folder.append(String(part)) }
        }
        return folder.joined(separator: "/")
    }
}
