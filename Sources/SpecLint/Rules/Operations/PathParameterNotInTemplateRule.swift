import SpecDiagnostics
import SpecModel

/// A parameter with `in: path` whose name is not a `{name}` of the path template: the specification
/// requires every path parameter to match a template expression, and no client can send it.
///
/// Checked for `paths` only: webhook names and callback expressions are not path templates.
struct PathParameterNotInTemplateRule: LintRule {
    let id: DiagnosticID = "path-parameter-not-in-template"
    let defaultSeverity: Severity = .error
    let summary = "a path parameter does not appear in the path template"

    func check(_ context: LintContext) {
        let walker = context.operationWalker
        for item in walker.pathItems where item.origin == .path {
            let template = PathTemplate(item.key)
            for entry in walker.parameters(of: item) {
                check(entry, template: template, operation: nil, context: context)
            }
            for operation in walker.operations(in: item) {
                for entry in walker.ownParameters(of: operation) {
                    check(entry, template: template, operation: operation, context: context)
                }
            }
        }
    }

    private func check(
        _ entry: ListedParameter, template: PathTemplate, operation: WalkedOperation?, context: LintContext
    ) {
        guard entry.location == .path, let name = entry.name, !template.names.contains(name) else { return }
        var message = "path parameter '\(name)' does not appear in the template '\(template.text)'"
        if let suggestion = Suggestions.closest(to: name, in: template.names) {
            message += "; did you mean '\(suggestion)'?"
        } else if template.names.isEmpty {
            message += ", which has no template expressions"
        }
        var notes: [(String, SourceSpan?)] = []
        if entry.slot.reference != nil, let nameSpan = entry.parameter?.name?.span {
            notes.append(("'\(name)' is defined here", nameSpan))
        }
        context.report(message, at: entry.span, notes: notes, operation: operation?.reference)
    }
}
