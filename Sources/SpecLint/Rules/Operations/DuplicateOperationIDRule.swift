import SpecDiagnostics
import SpecModel

/// Two operations share an `operationId`; the specification requires it to be unique among all operations,
/// webhooks and callbacks included, because code generators and links name operations by it.
struct DuplicateOperationIDRule: LintRule {
    let id: DiagnosticID = "duplicate-operation-id"
    let defaultSeverity: Severity = .error
    let summary = "the same operationId is used by two operations"

    func check(_ context: LintContext) {
        var first: [String: (operation: WalkedOperation, span: SourceSpan)] = [:]
        for operation in context.operationWalker.operations {
            guard let operationID = operation.operation.operationId else { continue }
            if let earlier = first[operationID.value] {
                context.report(
                    "operationId '\(operationID.value)' is already used by \(earlier.operation.title)",
                    at: operationID.span,
                    notes: [("first used by \(earlier.operation.title) here", earlier.span)],
                    operation: operation.reference)
            } else {
                first[operationID.value] = (operation, operationID.span)
            }
        }
    }
}
