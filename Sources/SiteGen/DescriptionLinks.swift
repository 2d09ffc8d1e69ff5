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
        let bytes = Array(html.utf8)
        guard var found = ByteSearch.find(linkOpening, in: bytes, from: 0) else { return html }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var copied = 0
        while true {
            let targetStart = found + linkOpening.count
            result += bytes[copied..<targetStart]
            copied = targetStart
            let targetEnd = ByteSearch.find(UInt8(ascii: "\""), in: bytes, from: targetStart) ?? bytes.count
            let target = Substring(String(decoding: bytes[targetStart..<targetEnd], as: UTF8.self))
            if !target.isEmpty && !hasScheme(target) { result += marker.utf8 }
            guard let next = ByteSearch.find(linkOpening, in: bytes, from: targetStart) else { break }
            found = next
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    private static let linkOpening = Array("<a href=\"".utf8)

    private static func hasScheme(_ target: Substring) -> Bool {
        guard let colon = target.firstIndex(of: ":") else { return false }
        let scheme = target[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }

    /// `page` (a complete HTML page `root` away from the site root) with every marked link resolved or unlinked.
    ///
    /// Each `<a href="specc-link:TARGET" ...>TEXT</a>` becomes `<a href="URL">TEXT</a>`, or `TEXT` alone. Works on
    /// UTF-8 bytes: this runs over every byte of every page, and Foundation's string search was a fifth of the
    /// site's time on large APIs.
    func resolve(_ page: String, root: String) -> String {
        let bytes = Array(page.utf8)
        let opening = Array("<a href=\"\(Self.marker)".utf8)
        guard var match = ByteSearch.find(opening, in: bytes, from: 0) else { return page }
        var ids: Set<String>?
        func knownIDs() -> Set<String> {
            if let ids { return ids }
            let found = Self.ids(in: bytes)
            ids = found
            return found
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        while true {
            let targetStart = match + opening.count
            guard let quote = ByteSearch.find(UInt8(ascii: "\""), in: bytes, from: targetStart),
                let tagEnd = ByteSearch.find(UInt8(ascii: ">"), in: bytes, from: quote),
                let close = ByteSearch.find(Self.closing, in: bytes, from: tagEnd + 1)
            else { break }
            output += bytes[copied..<match]
            let target = String(decoding: bytes[targetStart..<quote], as: UTF8.self)
            let text = bytes[(tagEnd + 1)..<close]
            if let url = url(for: target, root: root, ids: knownIDs) {
                output += Array("<a href=\"\(url)\">".utf8)
                output += text
                output += Self.closing
            } else {
                output += text
            }
            copied = close + Self.closing.count
            guard let next = ByteSearch.find(opening, in: bytes, from: copied) else { break }
            match = next
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    private static let closing = Array("</a>".utf8)

    /// Every `id="..."` value of the page (read once, when a link needs an anchor checked).
    private static func ids(in bytes: [UInt8]) -> Set<String> {
        let attribute = Array(" id=\"".utf8)
        var result = Set<String>()
        var position = 0
        while let found = ByteSearch.find(attribute, in: bytes, from: position) {
            let start = found + attribute.count
            guard let end = ByteSearch.find(UInt8(ascii: "\""), in: bytes, from: start) else { break }
            result.insert(String(decoding: bytes[start..<end], as: UTF8.self))
            position = end
        }
        return result
    }

    private func url(for target: String, root: String, ids: () -> Set<String>) -> String? {
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
        return ids().contains(anchor) ? target : nil
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
