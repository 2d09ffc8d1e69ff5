import SpecDiagnostics
import SpecModel

/// An operation under `paths` without `operationId`: generated code and links then have no stable name for
/// it. Webhook and callback operations are not checked: the webhook or callback key already names them
/// (OpenAI's 16 webhooks have none, by design). An `operationId` of the wrong type is a structural error
/// reported by the builder, not a missing one.
struct MissingOperationIDRule: LintRule {
    let id: DiagnosticID = "missing-operation-id"
    let defaultSeverity: Severity = .warning
    let summary = "an operation under paths has no operationId"

    func check(_ context: LintContext) {
        for operation in context.operationWalker.operations
        where operation.pathItem.origin == .path && operation.operation.node.entry("operationId") == nil {
            context.report(
                "\(operation.title) has no 'operationId'; generated code and links need a stable name for it",
                at: operation.methodSpan, operation: operation.reference)
        }
    }
}
