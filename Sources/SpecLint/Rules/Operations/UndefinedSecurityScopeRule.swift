import SpecDiagnostics
import SpecModel

/// A security requirement asking an `oauth2` scheme for a scope that none of the scheme's flows lists under
/// `scopes`: an authorization server would not grant it, so the requirement cannot be met as written.
///
/// Schemes whose `flows` are missing or not a mapping are left to the builder's structural checks.
struct UndefinedSecurityScopeRule: LintRule {
    let id: DiagnosticID = "undefined-security-scope"
    let defaultSeverity: Severity = .warning
    let summary = "a security requirement names an OAuth2 scope that the scheme's flows do not define"

    func check(_ context: LintContext) {
        let document = context.document
        var scopes: [String: [String]] = [:]
        for entry in document.openAPI.components?.securitySchemes ?? [] {
            guard let scheme = document.securityScheme(entry.value), scheme.type?.value == "oauth2",
                let flows = scheme.flows?.entries
            else { continue }
            scopes[entry.name] = flows.flatMap { flow in (flow.value["scopes"]?.entries ?? []).map(\.name) }
        }
        for listed in context.operationWalker.securityRequirements(of: document) {
            for scheme in listed.requirement.schemes {
                guard let defined = scopes[scheme.name] else { continue }
                for scope in scheme.value where !defined.contains(scope.value) {
                    var message = "scope '\(scope.value)' is not defined by the flows of '\(scheme.name)'"
                    if let suggestion = Suggestions.closest(to: scope.value, in: defined) {
                        message += "; did you mean '\(suggestion)'?"
                    }
                    context.report(message, at: scope.span, operation: listed.operation?.reference)
                }
            }
        }
    }
}
