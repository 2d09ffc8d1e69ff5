import Mustache
import SpecDiagnostics

/// The site's templates and assets by relative path (`layouts/base.html`, `partials/_nav.html`).
///
/// Partials are registered under their file name without extension (`{{> _nav}}`), pages under their path
/// without extension (`operation`, `layouts/base`). The caller loads the files: user folder first, then the
/// built-in ones, file by file, so a user overrides one template by copying it.
public struct SiteTemplates: Sendable {
    /// Every file a site needs, in the order they are looked up.
    public static let names = [
        "layouts/base.html", "index.html", "operation.html", "schema.html", "tag.html", "page.html", "404.html",
        "partials/_nav.html", "partials/_params-table.html", "partials/_schema-tree.html",
        "assets/site.css", "assets/site.js",
    ]

    /// Text by relative path.
    public var files: [String: String]

    /// Creates a set from loaded files.
    public init(files: [String: String]) {
        self.files = files
    }

    /// A Mustache library of every `.html` template; a template that does not parse is an error finding
    /// located in `displayPath(name)`.
    func library(into sink: any DiagnosticSink, displayPath: (String) -> String) -> MustacheLibrary {
        var library = MustacheLibrary()
        for name in files.keys.sorted() where name.hasSuffix(".html") {
            let registered = name.hasPrefix("partials/") ? String(name.dropFirst(9).dropLast(5)) : String(name.dropLast(5))
            do {
                try library.register(files[name] ?? "", named: registered)
            } catch {
                sink.emit(
                    Diagnostic(
                        .error, "invalid-template", "template '\(name)' does not parse: \(error)",
                        at: SourceRange(file: displayPath(name), at: SourcePosition(line: 1, column: 1))))
            }
        }
        return library
    }
}
