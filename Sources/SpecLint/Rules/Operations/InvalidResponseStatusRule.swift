import SpecDiagnostics
import SpecModel

/// A Responses Object key that is not `default`, a status code from 100 to 599, or a range `1XX` to `5XX`.
///
/// Ranges written with lower-case `x` (`2xx`) are reported too: the specification defines the wildcard as
/// upper-case `X`, and tools that follow it read `2xx` as an unknown key. The message says how to write it.
struct InvalidResponseStatusRule: LintRule {
    let id: DiagnosticID = "invalid-response-status"
    let defaultSeverity: Severity = .error
    let summary = "a responses key is not a status code, a range such as 4XX, or default"

    func check(_ context: LintContext) {
        for operation in context.operationWalker.operations {
            guard let responses = operation.operation.responses else { continue }
            for entry in responses.entries where !entry.name.hasPrefix("x-") {
                switch ResponseStatus(key: entry.name) {
                case .defaultResponse, .code, .range:
                    continue
                case .lowercaseRange(let digit):
                    context.report(
                        "response range '\(entry.name)' must be written with upper-case X: '\(digit)XX'",
                        at: entry.nameSpan, operation: operation.reference)
                case .invalid:
                    context.report(
                        "'\(entry.name)' is not a response status: expected 'default', a status code from 100 to 599,"
                            + " or a range from '1XX' to '5XX'",
                        at: entry.nameSpan, operation: operation.reference)
                }
            }
        }
    }
}
