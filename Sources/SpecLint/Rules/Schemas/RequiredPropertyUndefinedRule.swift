import SpecDiagnostics
import SpecModel

/// A name in `required` that no property definition describes: generated types have no field for it and
/// documentation shows a required value of unknown type.
///
/// A name counts as defined when the schema or anything combined with it can describe it (see
/// `SchemaComposition.mayHaveProperty`), and, for a schema that is itself an `allOf`/`anyOf`/`oneOf`/`if`/
/// `then`/`else` member, when the schemas it is combined into can. A component combined into other schemas by
/// reference (a base schema that others extend through `allOf`) is judged together with each schema that
/// extends it: the name is fine when one of them can describe it. Left alone: a schema under `not` (its
/// `required` forbids, it does not promise) and a schema that describes no properties at all and stands alone,
/// such as a component `{required: [id]}` mixed into others by reference: it constrains, it does not describe.
/// A missing `additionalProperties` does not count as allowing the name; only an explicit `true` or schema does.
struct RequiredPropertyUndefinedRule: LintRule {
    let id: DiagnosticID = "required-property-undefined"
    let defaultSeverity: Severity = .warning
    let summary = "a name in 'required' is not a property the schema defines"

    func check(_ context: LintContext) {
        let composition = SchemaComposition(document: context.document)
        let collected = SchemaCollector.collect(context.document) { !$0.required.isEmpty || !$0.allOf.isEmpty }
        let combiners = Self.combiners(collected.schemas, context.document)
        for visit in collected.schemas where !visit.schema.required.isEmpty {
            let schema = visit.schema
            guard !visit.isNegated, Self.describesProperties(schema) || !visit.edges.isEmpty else { continue }
            let referrers = combiners[ObjectIdentifier(schema.node)] ?? []
            var checked: Set<String> = []
            for name in schema.required where checked.insert(name.value).inserted {
                if composition.mayHaveProperty(name.value, schema) { continue }
                if Self.enclosingMayHave(name.value, visit.edges, collected, composition) { continue }
                let viaReferrer = referrers.contains { index in
                    let referrer = collected.schemas[index]
                    return composition.mayHaveProperty(name.value, referrer.schema, alternatives: false)
                        || Self.enclosingMayHave(name.value, referrer.edges, collected, composition)
                }
                if viaReferrer { continue }
                var notes: [(String, SourceSpan?)] = []
                let candidates = schema.properties + visit.edges.flatMap { collected.parent($0).properties }
                // One- and two-letter names are one edit from every other short name: no suggestion for them.
                let limit = name.value.count <= 2 ? 0 : nil
                if let suggestion = Suggestions.closest(to: name.value, in: candidates.map(\.name), maxDistance: limit),
                    let property = candidates.first(where: { $0.name == suggestion })
                {
                    notes.append(("did you mean '\(suggestion)'? it is defined here", property.nameSpan))
                }
                context.report(
                    "required property '\(name.value)' is not defined in 'properties'", at: name.span, notes: notes)
            }
        }
    }

    /// Whether a schema the chain `edges` leads through can describe `name` (its other variants excluded).
    static func enclosingMayHave(
        _ name: String, _ edges: [SchemaVisit.Edge], _ collected: SchemaCollector, _ composition: SchemaComposition
    ) -> Bool {
        edges.contains { composition.mayHaveProperty(name, collected.parent($0), alternatives: false) }
    }

    /// For each schema node that an `allOf` member references, the visit numbers of the schemas holding those
    /// members (the schemas that extend it).
    static func combiners(_ visits: [SchemaVisit], _ document: RawDocument) -> [ObjectIdentifier: [Int]] {
        var found: [ObjectIdentifier: [Int]] = [:]
        for (index, visit) in visits.enumerated() {
            for member in visit.schema.allOf {
                guard member.reference != nil, let target = document.schema(member) else { continue }
                found[ObjectIdentifier(target.node), default: []].append(index)
            }
        }
        return found
    }

    /// Whether the schema says anything about which properties exist.
    static func describesProperties(_ schema: Schema) -> Bool {
        !schema.properties.isEmpty || !schema.patternProperties.isEmpty || schema.additionalProperties != nil
            || !schema.allOf.isEmpty || !schema.anyOf.isEmpty || !schema.oneOf.isEmpty || schema.reference != nil
    }
}
