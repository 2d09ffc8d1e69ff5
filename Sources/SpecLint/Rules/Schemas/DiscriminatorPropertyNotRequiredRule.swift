import SpecDiagnostics
import SpecModel

/// A discriminator whose property values are not sure to have.
///
/// OpenAPI says the discriminating property must be present in the payload ("the expectation now is that a
/// property with name petType MUST be present"), so the schema must require it: in its own `required` or an
/// `allOf` member's, in every `oneOf` (or every `anyOf`) variant, or in the `allOf` it is itself a member of.
/// A 3.2 `defaultMapping` makes the property optional on purpose; such discriminators are left alone.
struct DiscriminatorPropertyNotRequiredRule: LintRule {
    let id: DiagnosticID = "discriminator-property-not-required"
    let defaultSeverity: Severity = .warning
    let summary = "a discriminator's property is not required by the schema or by every variant"

    func check(_ context: LintContext) {
        let composition = SchemaComposition(document: context.document)
        let collected = SchemaCollector.collect(context.document) { $0.discriminator != nil }
        for visit in collected.schemas {
            let schema = visit.schema
            guard let discriminator = schema.discriminator, let property = discriminator.propertyName,
                discriminator.node["defaultMapping"] == nil
            else { continue }
            let name = property.value
            if composition.requires(name, schema) { continue }
            let enclosing = visit.edges.filter { $0.keyword == .allOf }
            if enclosing.contains(where: { composition.requires(name, collected.parent($0)) }) { continue }
            let variants = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
            var notes: [(String, SourceSpan?)] = []
            for (index, variant) in variants.enumerated() {
                guard let resolved = context.document.schema(variant), !composition.requires(name, resolved) else {
                    continue
                }
                let label = variant.reference?.target?.pointer.tokens.last.map { "'\($0)'" } ?? "variant \(index)"
                notes.append(("\(label) does not require it", variant.reference?.span ?? resolved.node.span))
            }
            let keyword = schema.oneOf.isEmpty ? (schema.anyOf.isEmpty ? nil : "anyOf") : "oneOf"
            let place = keyword.map { "in 'required' of the schema or of every '\($0)' variant" } ?? "in 'required'"
            context.report(
                "discriminator property '\(name)' is not required: list it \(place)", at: property.span,
                notes: Array(notes.prefix(5)))
        }
    }
}
