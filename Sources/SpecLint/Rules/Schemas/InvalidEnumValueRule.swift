import SpecDiagnostics
import SpecModel

/// An `enum` entry that the rest of its schema rejects (`type: integer` with `enum: ["1"]`, an entry longer
/// than `maxLength`...): the value is listed as allowed but can never be valid.
struct InvalidEnumValueRule: LintRule {
    let id: DiagnosticID = "invalid-enum-value"
    let defaultSeverity: Severity = .error
    let summary = "an 'enum' entry does not match the rest of its schema"

    func check(_ context: LintContext) {
        var reporter = SchemaValueReporter(context)
        SchemaWalker.forEachSchema(in: context.document) { schema in
            for entry in schema.enumValues ?? [] {
                reporter.check(entry, against: schema, label: "enum value", ignoringEnum: true)
            }
        }
    }
}
