import SpecDiagnostics
import SpecModel

/// An example that does not match its schema: a schema's `example`/`examples`, or a media type's, parameter's
/// or header's `example` and `examples.*.value`. Documentation and mock servers show examples as truth.
///
/// Under a media type that is not JSON (`application/xml`, `text/csv`...), an example written as a string is
/// the serialized body, not the value, and is not checked.
struct InvalidExampleRule: LintRule {
    let id: DiagnosticID = "invalid-example"
    let defaultSeverity: Severity = .warning
    let summary = "an example does not match its schema"

    func check(_ context: LintContext) {
        var reporter = SchemaValueReporter(context)
        let collected = SchemaCollector.collect(context.document) { $0.example != nil || $0.examples != nil }
        for visit in collected.schemas {
            let enclosing = visit.edges.first.map(collected.parent)
            if let example = visit.schema.example {
                reporter.check(example, against: visit.schema, enclosing: enclosing, label: "example")
            }
            for example in visit.schema.examples ?? [] {
                reporter.check(example, against: visit.schema, enclosing: enclosing, label: "example")
            }
        }
        for site in collected.exampleSites {
            if let example = site.example, Self.isValue(example, under: site.mediaType) {
                reporter.check(example, against: site.schema, label: "example")
            }
            for entry in site.examples {
                guard let example = context.document.resolve(entry.value, in: \.examples), let value = example.value,
                    Self.isValue(value, under: site.mediaType)
                else { continue }
                reporter.check(value, against: site.schema, label: "example '\(entry.name)'")
            }
        }
    }

    /// Whether an example under `mediaType` is written as a value rather than as serialized text.
    static func isValue(_ example: Node, under mediaType: String?) -> Bool {
        guard let mediaType, example.string != nil else { return true }
        return mediaType.lowercased().contains("json")
    }
}
