import SpecDiagnostics
import SpecModel

/// A component that nothing uses: no `$ref` reaches it from the paths, webhooks or security requirements,
/// directly or through other used components. Unused components are dead weight in generated code and docs,
/// and often a sign of a typo in a `$ref`.
///
/// Security schemes are used by name, not by `$ref`: one is unused when no security requirement (document-wide
/// or on any used operation) names it. A schema is also used when a used discriminator maps to it or extends
/// it (the implicit mapping to schemas that `allOf` the discriminated schema). A component referenced only
/// from unused components is unused too; a note points at such a reference.
struct UnusedComponentRule: LintRule {
    let id: DiagnosticID = "unused-component"
    let defaultSeverity: Severity = .warning
    let summary = "a component is not reachable from any path, webhook or security requirement"

    func check(_ context: LintContext) {
        guard let components = context.document.openAPI.components else { return }
        let reachability = SchemaComponentReachability(context.document)
        var unused: [(key: SchemaComponentKey, span: SourceSpan)] = []
        func collect<T>(_ kind: SchemaComponentKind, _ list: [Named<Referenceable<T>>]) {
            for entry in list where !reachability.reached.contains(SchemaComponentKey(kind: kind, name: entry.name)) {
                unused.append((SchemaComponentKey(kind: kind, name: entry.name), entry.nameSpan))
            }
        }
        collect(.schemas, components.schemas)
        collect(.responses, components.responses)
        collect(.parameters, components.parameters)
        collect(.examples, components.examples)
        collect(.requestBodies, components.requestBodies)
        collect(.headers, components.headers)
        collect(.securitySchemes, components.securitySchemes)
        collect(.links, components.links)
        collect(.callbacks, components.callbacks)
        collect(.pathItems, components.pathItems)

        let referrers = referencesBetween(unused.map(\.key), components, reachability, context.document)
        for (key, span) in unused {
            let message =
                key.kind == .securitySchemes
                ? "security scheme '\(key.name)' is never used: no security requirement names it"
                : "\(key.kind.singular) '\(key.name)' is never used: no '$ref' reaches it from paths, webhooks "
                    + "or security requirements"
            var notes: [(String, SourceSpan?)] = []
            if let referrer = referrers[key] {
                let from = "\(referrer.from.kind.singular) '\(referrer.from.name)'"
                notes.append(("it is referenced from \(from), which is unused too", referrer.span))
            }
            context.report(message, at: span, notes: notes)
        }
    }

    /// For each unused component, the first reference to it written inside another unused component.
    private func referencesBetween(
        _ unused: [SchemaComponentKey], _ components: Components, _ reachability: SchemaComponentReachability,
        _ document: RawDocument
    ) -> [SchemaComponentKey: (from: SchemaComponentKey, span: SourceSpan)] {
        let unusedSet = Set(unused)
        var found: [SchemaComponentKey: (from: SchemaComponentKey, span: SourceSpan)] = [:]
        for key in unused {
            var walker = SchemaWalker(visitor: SchemaComponentReachability.Collector())
            walker.walk(component: key, in: components)
            for reference in walker.visitor.references {
                for target in reachability.targets(of: reference) {
                    let tokens = target.pointer.tokens
                    guard target.file == document.files.rootFile, tokens.count >= 3, tokens[0] == "components",
                        let kind = SchemaComponentKind(rawValue: tokens[1])
                    else { continue }
                    let referenced = SchemaComponentKey(kind: kind, name: tokens[2])
                    if referenced != key, unusedSet.contains(referenced), found[referenced] == nil {
                        found[referenced] = (key, reference.span)
                    }
                }
            }
        }
        return found
    }
}
