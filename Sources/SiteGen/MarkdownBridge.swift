import PageParser

/// The one place SiteGen calls cmark-gfm for spec descriptions (safe mode, GFM extensions).
enum MarkdownBridge {
    static func render(_ markdown: String) -> String {
        MarkdownRenderer.render(markdown)
    }
}
