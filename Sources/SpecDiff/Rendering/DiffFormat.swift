import SpecDiagnostics

/// The output formats of `specc diff --format`.
public enum DiffFormat: String, CaseIterable, Sendable {
    /// `file:line:col: level[id]: METHOD /path: message` lines (see `Array<Change>.formatted`), with source
    /// excerpts and colours when the options ask for them.
    case text
    /// One JSON document (`ChangeJSONRenderer`).
    case json
    /// A pull-request comment (`ChangeMarkdownRenderer`).
    case markdown
    /// A SARIF 2.1.0 log for GitHub code scanning.
    case sarif
    /// GitHub Actions workflow commands that annotate the pull request.
    case github

    /// Renders `changes` (already sorted); `sources` holds the files their locations name, for excerpts and
    /// UTF-16 columns. Text output of no changes is empty; every other result ends in a newline.
    public func render(
        _ changes: [Change], sources: SourceFileTable, options: DiagnosticRenderOptions = .init()
    ) -> String {
        var options = options
        for kind in ChangeKind.all where options.ruleSummaries[kind.id] == nil {
            options.ruleSummaries[kind.id] = kind.summary
        }
        let diagnostics = changes.map(\.diagnostic)
        switch self {
        case .text: return DiagnosticFormat.text.render(diagnostics, sources: sources, options: options)
        case .json: return ChangeJSONRenderer().render(changes)
        case .markdown: return ChangeMarkdownRenderer().render(changes)
        case .sarif: return DiagnosticFormat.sarif.render(diagnostics, sources: sources, options: options)
        case .github: return DiagnosticFormat.github.render(diagnostics, sources: sources, options: options)
        }
    }
}
