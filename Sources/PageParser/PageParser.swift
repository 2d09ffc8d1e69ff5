import SpecDiagnostics

/// Reads guide pages: front matter, headings with stable anchors and links, each located in the source file.
public enum PageParser {
    /// Front matter keys a page may use.
    public static let knownKeys: Set<String> = ["title", "path", "order", "status"]

    /// Parses one page. Unknown front matter keys and bad values are warnings; the page is always returned
    /// (drafts too: `Page.isPublished` says whether the site shows it).
    public static func parse(file: SourceFile, into sink: any DiagnosticSink) -> Page {
        let text = String(decoding: file.bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let front = FrontMatter.read(lines: lines, path: file.path, into: sink)
        let body = lines[front.bodyStartLine...].joined(separator: "\n")
        let fileName = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let baseName = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        var page = Page(
            sourcePath: file.path, title: "", slug: baseName, markdown: body, bodyFirstLine: front.bodyStartLine + 1)
        var title: String?
        for entry in front.entries {
            let at = SourceRange(file: file.path, at: SourcePosition(line: entry.line, column: entry.valueColumn))
            switch entry.key {
            case "title": title = entry.value
            case "path": page.slug = normalizedSlug(entry.value)
            case "order":
                if let order = Int(entry.value) {
                    page.order = order
                } else {
                    sink.emit(
                        Diagnostic(.warning, "invalid-front-matter", "expected an integer for 'order', found '\(entry.value)'", at: at))
                }
            case "status":
                if let status = Page.Status(rawValue: entry.value) {
                    page.status = status
                } else {
                    sink.emit(
                        Diagnostic(
                            .warning, "invalid-front-matter",
                            "expected 'published' or 'draft' for 'status', found '\(entry.value)'", at: at))
                }
            default:
                let keyAt = SourceRange(file: file.path, at: SourcePosition(line: entry.line, column: entry.keyColumn))
                let known = knownKeys.sorted().map { "'\($0)'" }.joined(separator: ", ")
                sink.emit(
                    Diagnostic(
                        .warning, "unknown-front-matter-key",
                        "unknown front matter key '\(entry.key)', expected one of \(known)", at: keyAt))
            }
        }
        if let document = MarkdownDocument(body) {
            let (headings, links) = document.walk()
            let offset = front.bodyStartLine
            var anchors = AnchorSet()
            page.headings = headings.map {
                PageHeading(level: $0.level, text: $0.text, anchor: anchors.anchor(for: $0.text), line: $0.line + offset)
            }
            page.links = links.map {
                PageLink(target: $0.url, line: $0.line + offset, column: $0.column, isImage: $0.isImage)
            }
        }
        page.title = title ?? page.headings.first?.text ?? page.slug
        return page
    }

    /// `./rest-api/flows.md` → `rest-api/flows`: no leading `./` or `/`, no trailing `.md` or `/`.
    public static func normalizedSlug(_ path: String) -> String {
        var slug = Substring(path)
        while slug.hasPrefix("./") { slug = slug.dropFirst(2) }
        while slug.hasPrefix("/") { slug = slug.dropFirst() }
        while slug.hasSuffix("/") { slug = slug.dropLast() }
        if slug.hasSuffix(".md") { slug = slug.dropLast(3) }
        if slug.hasSuffix(".html") { slug = slug.dropLast(5) }
        return String(slug)
    }
}
