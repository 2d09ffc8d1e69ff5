import SpecDiagnostics
import SpecModel

/// Two path templates that differ only in parameter names (`/pets/{id}` and `/pets/{petId}`): the
/// specification forbids them because a request URL cannot tell which one it matches.
struct EquivalentPathsRule: LintRule {
    let id: DiagnosticID = "equivalent-paths"
    let defaultSeverity: Severity = .error
    let summary = "two path templates differ only in parameter names"

    func check(_ context: LintContext) {
        var first: [String: (template: String, span: SourceSpan)] = [:]
        for entry in context.document.openAPI.paths ?? [] {
            let template = PathTemplate(entry.name)
            guard !template.names.isEmpty else { continue }
            if let earlier = first[template.shape] {
                context.report(
                    "path '\(entry.name)' is equivalent to '\(earlier.template)': they differ only in parameter names",
                    at: entry.nameSpan, notes: [("'\(earlier.template)' is defined here", earlier.span)])
            } else {
                first[template.shape] = (entry.name, entry.nameSpan)
            }
        }
    }
}
