import SpecDiagnostics
import TemplateEngine

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

    /// The name a template file is registered under: `partials/_nav.html` → `_nav`, `layouts/base.html` →
    /// `layouts/base`.
    static func registeredName(of file: String) -> String {
        let bare = String(file.dropLast(5))
        return bare.hasPrefix("partials/") ? String(bare.dropFirst(9)) : bare
    }

    /// Every `.html` template parsed into one library. A template that does not parse is an `invalid-template`
    /// finding at the offending tag of `displayPath(file)`, and renders as nothing.
    func compile(into sink: any DiagnosticSink, displayPath: (String) -> String) -> CompiledSiteTemplates {
        var templates: [String: Template] = [:]
        var filesByName: [String: String] = [:]
        for name in files.keys.sorted() where name.hasSuffix(".html") {
            let registered = Self.registeredName(of: name)
            filesByName[registered] = displayPath(name)
            do {
                templates[registered] = try Template(name: registered, source: files[name] ?? "")
            } catch {
                sink.emit(CompiledSiteTemplates.diagnostic(error, verb: "parse", file: displayPath(name)))
                // Rendered as nothing, so templates including it do not report it missing as well.
                templates[registered] = try? Template(name: registered, source: "")
            }
        }
        return CompiledSiteTemplates(library: TemplateLibrary(templates), displayPaths: filesByName)
    }
}

/// The parsed site templates, and where each came from for findings.
struct CompiledSiteTemplates: Sendable {
    let library: TemplateLibrary
    /// The path to print for each registered template name.
    let displayPaths: [String: String]

    /// An `invalid-template` finding for `error`, at its tag when it has a position.
    static func diagnostic(_ error: TemplateError, verb: String, file: String) -> Diagnostic {
        let position = SourcePosition(line: max(error.line, 1), column: max(error.column, 1))
        return Diagnostic(
            .error, "invalid-template", "template '\(file)' does not \(verb): \(error.message)",
            at: SourceRange(file: file, at: position))
    }

    /// A finding for an error raised while rendering, located in the template holding the offending tag.
    func renderDiagnostic(_ error: TemplateError) -> Diagnostic {
        Self.diagnostic(error, verb: "render", file: displayPaths[error.template] ?? error.template)
    }
}
