#if canImport(Glibc)
import Glibc
#endif
import CCmarkGFM

/// One parsed cmark-gfm document: walks headings and links, rewrites link targets, renders HTML in safe mode.
///
/// cmark counts lines from the start of the text it was given and columns in bytes, so positions are offset
/// by the page's first body line to point into the source file.
final class MarkdownDocument {
    private let parser: OpaquePointer
    private let root: OpaquePointer
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_GITHUB_PRE_LANG

    /// A heading found by `walk`.
    struct Heading {
        var level: Int
        var text: String
        var line: Int
    }

    /// A link found by `walk`, with its node for rewriting.
    struct Link {
        var node: OpaquePointer
        var url: String
        var line: Int
        var column: Int
        var isImage: Bool
    }

    init?(_ markdown: String) {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(Self.options) else { return nil }
        for name in MarkdownRenderer.extensions {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var utf8 = Array(markdown.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            cmark_parser_free(parser)
            return nil
        }
        self.parser = parser
        self.root = root
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Headings and links in document order.
    func walk() -> (headings: [Heading], links: [Link]) {
        var headings: [Heading] = []
        var links: [Link] = []
        guard let iterator = cmark_iter_new(root) else { return ([], []) }
        defer { cmark_iter_free(iterator) }
        var blockLine = 1
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let line = Int(cmark_node_get_start_line(node))
            if line > 0 && (type == CMARK_NODE_HEADING || type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_ITEM) {
                blockLine = line
            }
            if type == CMARK_NODE_HEADING {
                headings.append(
                    Heading(level: Int(cmark_node_get_heading_level(node)), text: Self.plainText(node), line: line))
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let column = Int(cmark_node_get_start_column(node))
                links.append(
                    Link(
                        node: node, url: url, line: line > 0 ? line : blockLine, column: max(column, 1),
                        isImage: type == CMARK_NODE_IMAGE))
            }
        }
        return (headings, links)
    }

    /// Replaces a link's destination.
    func setURL(_ link: Link, to url: String) {
        _ = cmark_node_set_url(link.node, url)
    }

    /// The HTML of the document; raw HTML is omitted and dangerous URLs emptied (safe mode).
    func renderHTML() -> String {
        guard let html = cmark_render_html(root, Self.options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(html) }
        return String(cString: html)
    }

    /// The concatenated text and code of a node's descendants.
    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }
}
