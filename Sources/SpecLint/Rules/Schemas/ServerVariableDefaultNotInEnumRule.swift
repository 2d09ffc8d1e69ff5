import SpecDiagnostics
import SpecModel

/// A server variable whose `default` is not one of its `enum` values: the spec requires the default to be
/// one of them, and tools that offer the enum as choices have nothing to preselect.
///
/// An empty `enum` is left to the structural checks (the spec forbids it).
struct ServerVariableDefaultNotInEnumRule: LintRule {
    let id: DiagnosticID = "server-variable-default-not-in-enum"
    let defaultSeverity: Severity = .error
    let summary = "a server variable's default is not one of its enum values"

    func check(_ context: LintContext) {
        SchemaWalker.forEachServer(in: context.document) { server in
            for variable in server.variables {
                guard let values = variable.value.enumValues, !values.isEmpty,
                    let defaultNode = variable.value.defaultValue, let defaultText = defaultNode.scalar?.text
                else { continue }
                let allowed = values.compactMap { $0.scalar?.text }
                if allowed.contains(defaultText) { continue }
                let shown =
                    allowed.prefix(6).map { "'\($0)'" }.joined(separator: ", ") + (allowed.count > 6 ? ", ..." : "")
                let hint = Suggestions.closest(to: defaultText, in: allowed).map { "did you mean '\($0)'? " } ?? ""
                let notes: [(String, SourceSpan?)] = [("\(hint)the enum is here", variable.value.enumNode?.span)]
                context.report(
                    "default '\(defaultText)' of server variable '\(variable.name)' is not one of its enum values "
                        + "\(shown)",
                    at: defaultNode.span, notes: notes)
            }
        }
    }
}
