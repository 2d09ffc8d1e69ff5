import SpecDiagnostics
import SpecModel

/// A security requirement, document-wide or an operation's own, naming a scheme that
/// `components.securitySchemes` does not define: the specification requires each name to correspond to a
/// declared scheme, and no client would know how to authenticate.
struct UndefinedSecuritySchemeRule: LintRule {
    let id: DiagnosticID = "undefined-security-scheme"
    let defaultSeverity: Severity = .error
    let summary = "a security requirement names a scheme that components.securitySchemes does not define"

    func check(_ context: LintContext) {
        let defined = (context.document.openAPI.components?.securitySchemes ?? []).map(\.name)
        let definedSet = Set(defined)
        let walker = context.operationWalker
        for listed in walker.securityRequirements(of: context.document) {
            for scheme in listed.requirement.schemes where !definedSet.contains(scheme.name) {
                var message = "security scheme '\(scheme.name)' is not defined in 'components.securitySchemes'"
                if let suggestion = Suggestions.closest(to: scheme.name, in: defined) {
                    message += "; did you mean '\(suggestion)'?"
                } else if defined.isEmpty {
                    message += ", which defines no schemes"
                }
                context.report(message, at: scheme.nameSpan, operation: listed.operation?.reference)
            }
        }
    }
}
