import Foundation
import PageParser
import SpecNormalizer

/// Relative links written in spec descriptions, which usually point into the vendor's own docs site
/// (`/docs/guides/x`, `#parameter-fields`) or into Redoc's page (`#tag/Pets`, `#operation/getPet`).
///
/// Rendering marks them (`specc-link:`) because a description does not know the page it lands on; once a page is
/// complete, `resolve` maps Redoc anchors to our pages, keeps anchors that exist on the page, and turns every
/// other one into plain text, so the site never holds a link to nothing.
struct DescriptionLinks {
    static let marker = "specc-link:"
    private static let pattern = try! NSRegularExpression(
        pattern: #"<a href="specc-link:([^"]*)"[^>]*>(.*?)</a>"#, options: [.dotMatchesLineSeparators])

    let routes: SiteRoutes
    /// Tag pages by tag name and by its slug.
    private let tags: [String: String]

    init(routes: SiteRoutes) {
        self.routes = routes
        var tags: [String: String] = [:]
        for (name, url) in routes.tags.sorted(by: { $0.key < $1.key }) {
            tags[name] = tags[name] ?? url
            tags[Slug.make(name)] = tags[Slug.make(name)] ?? url
        }
        self.tags = tags
    }

    /// Marks every `<a href>` without a URL scheme in rendered description HTML.
    static func mark(_ html: String) -> String {
        guard html.contains("<a href=\"") else { return html }
        var result = ""
        var rest = html[...]
        while let range = rest.range(of: "<a href=\"") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let target = rest.prefix { $0 != "\"" }
            if !target.isEmpty && !hasScheme(target) { result += marker }
        }
        return result + rest
    }

    private static func hasScheme(_ target: Substring) -> Bool {
        guard let colon = target.firstIndex(of: ":") else { return false }
        let scheme = target[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }

    /// `page` (a complete HTML page `root` away from the site root) with every marked link resolved or unlinked.
    func resolve(_ page: String, root: String) -> String {
        guard page.contains(Self.marker) else { return page }
        let source = page as NSString
        var result = ""
        var last = 0
        for match in Self.pattern.matches(in: page, range: NSRange(location: 0, length: source.length)) {
            result += source.substring(with: NSRange(location: last, length: match.range.location - last))
            let target = source.substring(with: match.range(at: 1))
            let text = source.substring(with: match.range(at: 2))
            if let url = url(for: target, in: page, root: root) {
                result += "<a href=\"\(url)\">\(text)</a>"
            } else {
                result += text
            }
            last = match.range.location + match.range.length
        }
        return result + source.substring(from: last)
    }

    private func url(for target: String, in page: String, root: String) -> String? {
        guard target.hasPrefix("#") else { return nil }
        let anchor = String(target.dropFirst())
        let decoded = HTMLText.unescape(anchor).removingPercentEncoding ?? anchor
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if let index = parts.firstIndex(of: "operation"), index + 1 < parts.count, parts[0] == "operation" || parts[0] == "tag",
            let url = routes.operationIDs[parts[index + 1]]
        {
            return root + HTML.escape(url)
        }
        if parts.count >= 2, parts[0] == "tag", let url = tags[parts[1]] ?? tags[Slug.make(parts[1])] {
            return root + HTML.escape(url)
        }
        if let name = parts.last, ["schema", "model", "schemas"].contains(parts.dropLast().last ?? ""),
            let url = routes.schemas[SchemaName(rawValue: name)]
        {
            return root + HTML.escape(url)
        }
        return page.contains(" id=\"\(anchor)\"") ? target : nil
    }
}

/// Undoes `HTML.escape` for attribute values read back from rendered HTML.
enum HTMLText {
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
