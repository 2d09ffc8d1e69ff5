/// Renders a parsed page to HTML: link targets rewritten by the caller, headings given their anchors.
public enum PageRenderer {
    /// The HTML body of `page`. `resolve` maps each link (in `page.links` order) to the URL to write, or nil
    /// to keep it as written; cmark's safe mode still empties dangerous URLs afterwards.
    public static func render(_ page: Page, resolve: (PageLink) -> String?) -> String {
        guard let document = MarkdownDocument(page.markdown) else { return "" }
        let (_, links) = document.walk()
        for (index, link) in links.enumerated() where index < page.links.count {
            if let url = resolve(page.links[index]) { document.setURL(link, to: url) }
        }
        return addHeadingAnchors(document.renderHTML(), anchors: page.headings.map(\.anchor))
    }

    /// Gives the n-th `<hN>` tag the n-th anchor. Safe mode omits raw HTML and escapes code, so every `<h1>`
    /// to `<h6>` tag in cmark's output is a heading it rendered, in document order.
    static func addHeadingAnchors(_ html: String, anchors: [String]) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + anchors.count * 16)
        var rest = html[...]
        var index = 0
        while let open = rest.range(of: "<h") {
            let after = rest[open.upperBound...]
            guard let digit = after.first, ("1"..."6").contains(digit),
                after.dropFirst().first == ">", index < anchors.count
            else {
                output += rest[..<open.upperBound]
                rest = after
                continue
            }
            output += rest[..<open.lowerBound]
            output += "<h\(digit) id=\"\(anchors[index])\">"
            index += 1
            rest = after.dropFirst(2)
        }
        output += rest
        return output
    }
}
