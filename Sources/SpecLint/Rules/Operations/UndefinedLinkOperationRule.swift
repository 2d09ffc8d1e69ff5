import SpecDiagnostics
import SpecModel

/// A Link Object whose `operationId` names no operation of the document: the specification requires it to
/// name an existing operation, and a client following the link would find none.
///
/// Links are checked where they are written: in the responses of every operation, in response components
/// and in link components, each link object once.
struct UndefinedLinkOperationRule: LintRule {
    let id: DiagnosticID = "undefined-link-operation"
    let defaultSeverity: Severity = .error
    let summary = "a link's operationId names no operation"

    func check(_ context: LintContext) {
        let document = context.document
        let walker = context.operationWalker
        let operationIDs = walker.operations.compactMap { $0.operation.operationId?.value }
        let known = Set(operationIDs)
        var seen: Set<ObjectIdentifier> = []

        func check(_ slot: Referenceable<Link>, owner: WalkedOperation?) {
            guard let link = document.resolve(slot, in: \.links), seen.insert(ObjectIdentifier(link.node)).inserted,
                let operationID = link.operationId, !known.contains(operationID.value)
            else { return }
            var message = "link operationId '\(operationID.value)' names no operation"
            if let suggestion = Suggestions.closest(to: operationID.value, in: operationIDs) {
                message += "; did you mean '\(suggestion)'?"
            }
            let inline = slot.value != nil
            context.report(message, at: operationID.span, operation: inline ? owner?.reference : nil)
        }

        for operation in walker.operations {
            for entry in operation.operation.responses?.entries ?? [] {
                guard let response = document.response(entry.value) else { continue }
                let owner = entry.value.value != nil ? operation : nil
                for link in response.links { check(link.value, owner: owner) }
            }
        }
        let components = document.openAPI.components
        for entry in components?.responses ?? [] {
            for link in document.response(entry.value)?.links ?? [] { check(link.value, owner: nil) }
        }
        for entry in components?.links ?? [] { check(entry.value, owner: nil) }
    }
}
