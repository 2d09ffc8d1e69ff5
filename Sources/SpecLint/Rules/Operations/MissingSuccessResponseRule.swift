import SpecDiagnostics
import SpecModel

/// An operation whose responses have no 2XX or 3XX entry (a code such as `200` or a range such as `2XX`).
///
/// `default` does not count, as in Spectral's `operation-success-response`: it stands for "any other
/// status", so a client or generated code cannot tell from it what success looks like. Operations without
/// a `responses` object (allowed in 3.1) or with an empty one (reported by the builder) are not reported,
/// nor are deprecated ones: a retired operation may document only its `410 Gone`.
struct MissingSuccessResponseRule: LintRule {
    let id: DiagnosticID = "missing-success-response"
    let defaultSeverity: Severity = .warning
    let summary = "an operation has no 2XX or 3XX response"

    func check(_ context: LintContext) {
        for operation in context.operationWalker.operations {
            // An empty `responses` is a structural error the builder reports; saying it lacks success adds nothing.
            guard operation.operation.deprecated?.value != true, let responses = operation.operation.responses,
                !responses.entries.isEmpty
            else { continue }
            let statuses = responses.entries.map { ResponseStatus(key: $0.name) }
            guard !statuses.contains(where: \.isSuccess) else { continue }
            var message = "\(operation.title) has no success response: expected a 2XX or 3XX status code or range"
            if statuses.contains(.defaultResponse) {
                message += " ('default' does not say what success returns)"
            }
            let span = operation.operation.node.entry("responses")?.key.span ?? operation.methodSpan
            context.report(message, at: span, operation: operation.reference)
        }
    }
}
