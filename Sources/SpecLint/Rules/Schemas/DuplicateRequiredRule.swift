import SpecDiagnostics
import SpecModel

/// A name listed twice in one `required` list (JSON Schema requires its entries to be unique).
struct DuplicateRequiredRule: LintRule {
    let id: DiagnosticID = "duplicate-required"
    let defaultSeverity: Severity = .error
    let summary = "a property name is listed more than once in a schema's 'required'"

    func check(_ context: LintContext) {
        SchemaWalker.forEachSchema(in: context.document) { schema in
            var first: [String: Located<String>] = [:]
            for name in schema.required {
                if let earlier = first[name.value] {
                    context.report(
                        "'\(name.value)' is listed more than once in 'required'", at: name.span,
                        notes: [("first listed here", earlier.span)])
                } else {
                    first[name.value] = name
                }
            }
        }
    }
}
