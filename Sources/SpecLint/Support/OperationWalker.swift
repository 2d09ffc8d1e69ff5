import SpecDiagnostics
import SpecModel

/// Finds every path item and operation of a document: `paths`, `webhooks`, and the callbacks of any
/// operation found so far, with `$ref`s followed through the component store.
///
/// Path items under `paths` are listed once per template even when two templates share one `$ref`'d item,
/// because the template is part of what path rules check. Callbacks and webhooks reached twice through the same
/// `$ref` are listed once, so a shared callback does not look like two operations with one operationId.
struct OperationWalker: Sendable {
    /// Callbacks inside callbacks are legal; this bounds the walk on a document that nests them deeply.
    static let maximumCallbackDepth = 8

    /// Every path item, in document order: paths, then webhooks, then callbacks.
    let pathItems: [WalkedPathItem]
    /// Every operation, in the same order, each written object once: when two templates `$ref` one path item,
    /// its operations are listed under the first (`operations(in:)` lists them under each).
    let operations: [WalkedOperation]
    private let document: RawDocument

    /// Walks `document`.
    init(_ document: RawDocument) {
        self.document = document
        var items: [WalkedPathItem] = []
        for entry in document.pathItems {
            items.append(WalkedPathItem(origin: .path, key: entry.name, keySpan: entry.nameSpan, item: entry.value))
        }
        var seenNodes: Set<ObjectIdentifier> = []
        for entry in document.openAPI.webhooks {
            guard let item = document.pathItem(entry.value),
                seenNodes.insert(ObjectIdentifier(item.node)).inserted
            else { continue }
            items.append(WalkedPathItem(origin: .webhook, key: entry.name, keySpan: entry.nameSpan, item: item))
        }
        var operations = items.flatMap(OperationWalker.operations(of:))
        var pending = operations
        var depth = 0
        while !pending.isEmpty, depth < OperationWalker.maximumCallbackDepth {
            var found: [WalkedPathItem] = []
            for walked in pending {
                for callback in walked.operation.callbacks {
                    guard let resolved = document.resolve(callback.value, in: \.callbacks),
                        seenNodes.insert(ObjectIdentifier(resolved.node)).inserted
                    else { continue }
                    for expression in resolved.expressions {
                        guard let item = document.pathItem(expression.value) else { continue }
                        found.append(
                            WalkedPathItem(
                                origin: .callback, key: expression.name, keySpan: expression.nameSpan, item: item))
                    }
                }
            }
            items += found
            pending = found.flatMap(OperationWalker.operations(of:))
            operations += pending
            depth += 1
        }
        self.pathItems = items
        var seenOperations: Set<ObjectIdentifier> = []
        self.operations = operations.filter { seenOperations.insert(ObjectIdentifier($0.operation.node)).inserted }
    }

    /// The path item's own `parameters`, resolved.
    func parameters(of item: WalkedPathItem) -> [ListedParameter] {
        item.item.parameters.map { ListedParameter(slot: $0, parameter: document.parameter($0), level: .pathItem) }
    }

    /// The operation's own `parameters`, resolved.
    func ownParameters(of operation: WalkedOperation) -> [ListedParameter] {
        operation.operation.parameters.map {
            ListedParameter(slot: $0, parameter: document.parameter($0), level: .operation)
        }
    }

    /// The parameters that apply to an operation: the path item's, except those the operation overrides
    /// (same name and location), followed by the operation's own. Unresolved entries are kept, so callers
    /// can tell that the list is incomplete.
    func effectiveParameters(of operation: WalkedOperation) -> [ListedParameter] {
        let own = ownParameters(of: operation)
        let overridden = Set(own.compactMap(\.identity))
        let inherited = parameters(of: operation.pathItem).filter { entry in
            guard let identity = entry.identity else { return true }
            return !overridden.contains(identity)
        }
        return inherited + own
    }

    /// The operations of one path item.
    func operations(in item: WalkedPathItem) -> [WalkedOperation] { OperationWalker.operations(of: item) }

    private static func operations(of item: WalkedPathItem) -> [WalkedOperation] {
        item.item.operations.map {
            WalkedOperation(pathItem: item, method: $0.method, methodSpan: $0.methodSpan, operation: $0.operation)
        }
    }
}
