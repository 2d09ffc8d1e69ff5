import SpecDiagnostics
import SpecModel

/// A `pattern` or `patternProperties` key that is not a regular expression.
///
/// The spec's dialect is ECMA-262; we compile with ICU (`NSRegularExpression`), which agrees on everything
/// but a few corners (`[^]`, some Annex B leniencies), hence a warning rather than an error.
struct InvalidPatternRule: LintRule {
    let id: DiagnosticID = "invalid-pattern"
    let defaultSeverity: Severity = .warning
    let summary = "a 'pattern' or 'patternProperties' key is not a valid regular expression"

    func check(_ context: LintContext) {
        let patterns = SchemaPatternCache()
        SchemaWalker.forEachSchema(in: context.document) { schema in
            if let pattern = schema.pattern, !patterns.compiles(pattern.value) {
                context.report("pattern '\(pattern.value)' is not a valid regular expression", at: pattern.span)
            }
            for property in schema.patternProperties where !patterns.compiles(property.name) {
                context.report(
                    "'patternProperties' key '\(property.name)' is not a valid regular expression",
                    at: property.nameSpan)
            }
        }
    }
}
