import SpecDiagnostics
import SpecModel

/// A header parameter named `Accept`, `Content-Type` or `Authorization`: the specification says such
/// parameters are ignored, because media types and security schemes describe these headers.
///
/// Reported once per parameter object, at its name: a component referenced by many operations is one
/// mistake with one fix.
struct ReservedHeaderParameterRule: LintRule {
    let id: DiagnosticID = "reserved-header-parameter"
    let defaultSeverity: Severity = .warning
    let summary = "a header parameter named Accept, Content-Type or Authorization is ignored"

    /// What to use instead, by lower-cased header name.
    static let replacements: [String: String] = [
        "accept": "describe response media types under the responses' 'content'",
        "content-type": "describe request media types under 'requestBody.content'",
        "authorization": "declare a security scheme in 'components.securitySchemes' and list it under 'security'",
    ]

    func check(_ context: LintContext) {
        let walker = context.operationWalker
        var seen: Set<ObjectIdentifier> = []
        for item in walker.pathItems {
            for entry in walker.parameters(of: item) {
                check(entry, operation: nil, seen: &seen, context: context)
            }
        }
        for operation in walker.operations {
            for entry in walker.ownParameters(of: operation) {
                check(entry, operation: operation, seen: &seen, context: context)
            }
        }
    }

    private func check(
        _ entry: ListedParameter, operation: WalkedOperation?, seen: inout Set<ObjectIdentifier>,
        context: LintContext
    ) {
        guard let parameter = entry.parameter, entry.location == .header, let name = parameter.name,
            let replacement = ReservedHeaderParameterRule.replacements[name.value.lowercased()],
            seen.insert(ObjectIdentifier(parameter.node)).inserted
        else { return }
        context.report(
            "header parameter '\(name.value)' is ignored by OpenAPI tools: \(replacement)", at: name.span,
            operation: entry.slot.reference == nil ? operation?.reference : nil)
    }
}
