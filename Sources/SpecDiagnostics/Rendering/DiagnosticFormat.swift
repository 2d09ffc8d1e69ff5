/// The output formats of `specc validate --format`.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `file:line:col: severity[id]: message` lines, optionally with excerpts, colours and a summary
    /// (`TextDiagnosticRenderer`).
    case text
    /// One JSON document with every finding and a summary (`JSONDiagnosticRenderer`).
    case json
    /// A SARIF 2.1.0 log for GitHub code scanning (`SARIFRenderer`).
    case sarif
    /// GitHub Actions workflow commands that annotate the pull request (`GitHubAnnotationRenderer`).
    case github

    /// Renders `diagnostics` (already sorted, see `sortedForOutput()`) in this format.
    ///
    /// `sources` supplies the lines for text excerpts and for converting columns to UTF-16 in SARIF and
    /// GitHub output. The result ends in a newline unless it is empty (text output with no findings and
    /// no summary), so the CLI writes it as it is.
    public func render(
        _ diagnostics: [Diagnostic], sources: SourceFileTable, options: DiagnosticRenderOptions = .init()
    ) -> String {
        switch self {
        case .text:
            TextDiagnosticRenderer(excerpts: options.excerpts, colors: options.colors, summary: options.summary)
                .render(diagnostics, sources: sources)
        case .json:
            JSONDiagnosticRenderer().render(diagnostics)
        case .sarif:
            SARIFRenderer(
                toolVersion: options.toolVersion, informationURI: options.informationURI,
                ruleSummaries: options.ruleSummaries
            ).render(diagnostics, sources: sources)
        case .github:
            GitHubAnnotationRenderer().render(diagnostics, sources: sources)
        }
    }
}
