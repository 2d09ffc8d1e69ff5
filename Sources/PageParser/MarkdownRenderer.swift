#if canImport(Glibc)
import Glibc
#endif
import CCmarkGFM

/// Renders GitHub-flavoured Markdown to HTML with cmark-gfm in safe mode.
///
/// Safe mode is cmark's default: raw HTML becomes `<!-- raw HTML omitted -->` and `javascript:`,
/// `vbscript:`, `file:` and most `data:` links become empty, so text from a spec never executes in the docs.
public enum MarkdownRenderer {
    /// The GFM extensions we enable.
    public static let extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Renders `markdown` to an HTML fragment.
    public static func render(_ markdown: String) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var utf8 = Array(markdown.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(html) }
        return String(cString: html)
    }
}
