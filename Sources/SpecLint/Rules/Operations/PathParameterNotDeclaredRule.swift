import SpecDiagnostics
import SpecModel

/// A `{name}` of a path template that some operation of the path does not declare as an `in: path`
/// parameter, neither in the path item's `parameters` nor in its own: the specification requires a
/// parameter for every template expression, and a client could not fill it in.
///
/// Reported once per operation and name, at the path key. An operation that lists a parameter `$ref` that
/// did not resolve, or a parameter without a valid `name` and `in`, is skipped: the missing parameter may be
/// that one, already reported.
struct PathParameterNotDeclaredRule: LintRule {
    let id: DiagnosticID = "path-parameter-not-declared"
    let defaultSeverity: Severity = .error
    let summary = "a path template expression has no matching path parameter"

    func check(_ context: LintContext) {
        let walker = context.operationWalker
        for item in walker.pathItems where item.origin == .path {
            let template = PathTemplate(item.key)
            guard !template.names.isEmpty else { continue }
            for operation in walker.operations(in: item) {
                let parameters = walker.effectiveParameters(of: operation)
                guard parameters.allSatisfy({ $0.identity != nil }) else { continue }
                let declared = parameters.filter { $0.location == .path }.compactMap(\.name)
                var reported: Set<String> = []
                for name in template.names where !declared.contains(name) && reported.insert(name).inserted {
                    var message = "\(operation.title) does not declare the path parameter '\(name)'"
                    if let suggestion = Suggestions.closest(to: name, in: declared) {
                        message += "; is '\(suggestion)' meant to be '\(name)'?"
                    } else {
                        message += ": expected a parameter with 'name: \(name)' and 'in: path'"
                    }
                    context.report(
                        message, at: item.keySpan,
                        notes: [("the \(operation.method.uppercased) operation is here", operation.methodSpan)],
                        operation: operation.reference)
                }
            }
        }
    }
}
