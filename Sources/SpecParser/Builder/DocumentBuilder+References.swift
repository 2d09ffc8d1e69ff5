import SpecDiagnostics
import SpecModel

extension DocumentBuilder {
    /// The `Reference` for a `$ref` entry: resolved (following chains), its target queued to be built as
    /// `kind`, problems reported at the `$ref` value. Nil when the value is not a string.
    func reference(_ entry: Node.Entry, kind: ComponentKind?) -> Reference? {
        guard let text = entry.value.string else {
            reporter.invalidType("string", for: .key("$ref"), found: entry.value)
            return nil
        }
        let outcome = resolver.resolve(text, from: entry.value.span.file)
        if let failure = outcome.failure { report(failure, at: outcome.failureSpan ?? entry.value.span) }
        if let target = outcome.target, let kind { enqueue(target, as: kind) }
        return Reference(text: text, span: entry.value.span, target: outcome.target)
    }

    /// A slot that holds either a Reference Object or an object built by `build`.
    ///
    /// Schemas and path items may carry `$ref` as one field among others (3.1 schemas with sibling keywords,
    /// path items in every version); they are built as values whose builder reads the `$ref`. Everywhere else
    /// the siblings of `$ref` are ignored, as the specification says, and kept out of the model.
    func referenceable<T>(
        _ node: Node, subject: Subject, kind: ComponentKind, _ build: (Node, Subject) -> T?
    ) -> Referenceable<T>? {
        if let entry = node.entry("$ref") {
            switch kind {
            case .schema, .pathItem:
                if ReferenceResolver.isReference(node, version: version) {
                    return reference(entry, kind: kind).map { .reference($0) }
                }
            default:
                return reference(entry, kind: kind).map { .reference($0) }
            }
        }
        return build(node, subject).map { .value($0) }
    }

    /// A map of user-named slots (`examples`, `headers`, `links`...).
    func referenceableMap<T>(
        _ node: Node, kind: ComponentKind, _ build: (Node, Subject) -> T?
    ) -> [Named<Referenceable<T>>] {
        ObjectReader.named(node, extensions: false) { entry in
            referenceable(entry.value, subject: .key(entry.name), kind: kind, build)
        }
    }

    func report(_ failure: ReferenceResolver.Failure, at span: SourceSpan) {
        switch failure {
        case .unresolved(let message, let note, let noteSpan):
            reporter.emit(.error, "unresolved-ref", message, at: span, notes: note.map { [($0, noteSpan)] } ?? [])
        case .remote(let message):
            reporter.emit(.error, "remote-ref", message, at: span)
        case .cycle(let members):
            let chain = (members + [members[0]]).map { "'\(resolver.display($0))'" }.joined(separator: " → ")
            reporter.emit(.error, "ref-cycle", "reference cycle \(chain) has no object to stop at", at: span)
        }
    }
}

extension ObjectReader {
    /// A field holding a reference or an object, built by `builder`.
    mutating func referenceable<T>(
        _ key: String, since: SpecVersion = .v3_0, kind: ComponentKind, builder: DocumentBuilder,
        _ build: (Node, Subject) -> T?
    ) -> Referenceable<T>? {
        object(key, since: since) { node, subject in builder.referenceable(node, subject: subject, kind: kind, build) }
    }

    /// A field holding a map of user-named references or objects.
    mutating func referenceableMap<T>(
        _ key: String, since: SpecVersion = .v3_0, kind: ComponentKind, builder: DocumentBuilder,
        _ build: (Node, Subject) -> T?
    ) -> [Named<Referenceable<T>>] {
        guard let node = mapping(key, since: since) else { return [] }
        return builder.referenceableMap(node, kind: kind, build)
    }

    /// A field holding a list of references or objects.
    mutating func referenceableList<T>(
        _ key: String, since: SpecVersion = .v3_0, kind: ComponentKind, builder: DocumentBuilder,
        _ build: (Node, Subject) -> T?
    ) -> [Referenceable<T>] {
        list(key, since: since) { node, subject in builder.referenceable(node, subject: subject, kind: kind, build) }
            ?? []
    }
}
