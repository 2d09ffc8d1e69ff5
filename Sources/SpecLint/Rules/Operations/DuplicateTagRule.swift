import SpecDiagnostics
import SpecModel

/// Two entries of the top-level `tags` list with the same name; the specification requires names to be
/// unique, and documentation tools would show the tag's section twice or drop one description.
struct DuplicateTagRule: LintRule {
    let id: DiagnosticID = "duplicate-tag"
    let defaultSeverity: Severity = .error
    let summary = "the top-level tags list declares a name twice"

    func check(_ context: LintContext) {
        var first: [String: SourceSpan] = [:]
        for tag in context.document.openAPI.tags {
            guard let name = tag.name else { continue }
            if let earlier = first[name.value] {
                context.report(
                    "tag '\(name.value)' is declared twice", at: name.span,
                    notes: [("first declared here", earlier)])
            } else {
                first[name.value] = name.span
            }
        }
    }
}
