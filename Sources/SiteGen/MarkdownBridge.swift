import PageParser
import Synchronization

/// The one place SiteGen calls cmark-gfm for spec descriptions (safe mode, GFM extensions).
enum MarkdownBridge {
    /// cmark-gfm's parser keeps its table of special inline characters in global memory and edits it while
    /// parsing with extensions, so two parses at once can misread each other's text. Pages render in
    /// parallel; their descriptions are parsed one at a time.
    private static let parsing = Mutex(())

    static func render(_ markdown: String) -> String {
        parsing.withLock { _ in MarkdownRenderer.render(markdown) }
    }
}
