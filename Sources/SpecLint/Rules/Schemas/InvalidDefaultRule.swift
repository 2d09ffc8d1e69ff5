import SpecDiagnostics
import SpecModel

/// A schema's `default` that its own schema rejects: a client or server filling it in would produce an
/// invalid value.
struct InvalidDefaultRule: LintRule {
    let id: DiagnosticID = "invalid-default"
    let defaultSeverity: Severity = .warning
    let summary = "a schema's 'default' does not match the schema"

    func check(_ context: LintContext) {
        var reporter = SchemaValueReporter(context)
        let collected = SchemaCollector.collect(context.document) { $0.defaultValue != nil }
        for visit in collected.schemas {
            guard let value = visit.schema.defaultValue else { continue }
            let enclosing = visit.edges.first.map(collected.parent)
            reporter.check(value, against: visit.schema, enclosing: enclosing, label: "default")
        }
    }
}
