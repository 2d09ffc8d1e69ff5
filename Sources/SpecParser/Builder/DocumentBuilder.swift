import SpecDiagnostics
import SpecModel

/// The kinds of object a `$ref` can be expected to reach; each has its table in `ComponentStore`.
enum ComponentKind: Hashable {
    case schema, response, parameter, example, requestBody, header, securityScheme, link, callback, pathItem
}

/// Builds the typed model of one document set: the root object first, then every object its references reach.
///
/// Each `build...` method reads one kind of object from a node, reports what is structurally wrong, and returns
/// what it could read (or nil when the node is not even the right shape). References are resolved as they are
/// met; their targets go on a worklist and are built afterwards, each target once per kind.
final class DocumentBuilder {
    /// A target waiting to be built as a kind.
    struct WorkItem: Hashable {
        var target: RefTarget
        var kind: ComponentKind
    }

    let files: DocumentSet
    let version: SpecVersion
    let reporter: BuildReporter
    var store = ComponentStore()
    var resolver: ReferenceResolver
    /// How many operations are being built inside each other (through callbacks).
    var operationDepth = 0
    private var pending: [WorkItem] = []
    private var known: Set<WorkItem> = []

    init(files: DocumentSet, version: SpecVersion, reporter: BuildReporter) {
        self.files = files
        self.version = version
        self.reporter = reporter
        self.resolver = ReferenceResolver(files: files, version: version)
    }

    /// Typed reads of single values.
    var values: ValueReader { ValueReader(reporter: reporter) }

    /// A field reader over `node` (or over the target of a `$ref` written where the specification allows
    /// none, see `inline`), or nil (reported) when it is not a mapping.
    func reader(_ node: Node, object: String, subject: Subject, inline: Bool = true) -> ObjectReader? {
        guard let node = inline ? self.inline(node) : node else { return nil }
        guard node.isMapping else {
            reporter.invalidType("object", for: subject, found: node)
            return nil
        }
        return ObjectReader(node, object: object, builder: self)
    }

    /// The target of a `$ref` written where the specification allows no Reference Object (an operation, a
    /// description), or `node` itself when it is no such reference. Many tools resolve a `$ref` anywhere and
    /// documents rely on it (DigitalOcean keeps each operation in its own file), so we read the target in
    /// place. Nil when the reference leads nowhere (reported at the `$ref`).
    func inline(_ node: Node) -> Node? {
        // A `$ref` key whose value is not a string is data (a property named `$ref`) or a mistake the object's
        // own reader reports as an unknown field.
        guard node.isMapping, let entry = node.entry("$ref"), let text = entry.value.string else { return node }
        let outcome = resolver.resolve(text, from: entry.value.span.file)
        if let failure = outcome.failure { report(failure, at: outcome.failureSpan ?? entry.value.span) }
        return outcome.target.flatMap(files.node(at:))
    }

    /// Marks a target as built (or about to be) without queueing it: root components are built in place.
    func markKnown(_ target: RefTarget, as kind: ComponentKind) {
        known.insert(WorkItem(target: target, kind: kind))
    }

    /// Queues a reference target to be built as `kind`, once.
    func enqueue(_ target: RefTarget, as kind: ComponentKind) {
        let item = WorkItem(target: target, kind: kind)
        if known.insert(item).inserted { pending.append(item) }
    }

    /// Builds every queued target, including those that building queues.
    func drain() {
        while let item = pending.popLast() {
            guard let node = files.node(at: item.target) else { continue }
            build(node, at: item.target, as: item.kind)
        }
    }

    /// Builds `node` as `kind` and files it in the store under `target`.
    func build(_ node: Node, at target: RefTarget, as kind: ComponentKind) {
        let subject = Subject.key(target.pointer.tokens.last ?? files.file(target.file).path)
        switch kind {
        case .schema: store.schemas[target] = buildSchema(node, subject: subject)
        case .response: store.responses[target] = buildResponse(node, subject: subject)
        case .parameter: store.parameters[target] = buildParameter(node, subject: subject)
        case .example: store.examples[target] = buildExample(node, subject: subject)
        case .requestBody: store.requestBodies[target] = buildRequestBody(node, subject: subject)
        case .header: store.headers[target] = buildHeader(node, subject: subject)
        case .securityScheme: store.securitySchemes[target] = buildSecurityScheme(node, subject: subject)
        case .link: store.links[target] = buildLink(node, subject: subject)
        case .callback: store.callbacks[target] = buildCallback(node, subject: subject)
        case .pathItem: store.pathItems[target] = buildPathItem(node, subject: subject)
        }
    }
}
