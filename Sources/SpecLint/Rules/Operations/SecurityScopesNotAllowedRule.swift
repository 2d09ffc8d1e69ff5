import SpecDiagnostics
import SpecModel

/// OpenAPI 3.0: security requirements listing scopes for a scheme that is not `oauth2` or `openIdConnect`.
/// The 3.0 specification says the list MUST be empty for those schemes; 3.1 allows role names there, so
/// 3.1 documents are not checked.
///
/// Reported once per scheme, at the first requirement that lists scopes, with the number of such requirements
/// and a note at the scheme: the fix is one decision about the scheme (make it `oauth2`, or drop the scopes),
/// and a document that uses scopes this way does it in every operation (DigitalOcean: over 600).
struct SecurityScopesNotAllowedRule: LintRule {
    let id: DiagnosticID = "security-scopes-not-allowed"
    let defaultSeverity: Severity = .warning
    let summary = "OpenAPI 3.0: a security requirement lists scopes for a scheme without scopes"

    static let scopedTypes: Set<String> = ["oauth2", "openIdConnect"]

    func check(_ context: LintContext) {
        let document = context.document
        guard document.version == .v3_0 else { return }
        var schemes: [String: (type: String, span: SourceSpan)] = [:]
        for entry in document.openAPI.components?.securitySchemes ?? [] {
            if let type = document.securityScheme(entry.value)?.type?.value {
                schemes[entry.name] = (type, entry.nameSpan)
            }
        }
        var uses: [String: (first: SourceSpan, operation: WalkedOperation?, count: Int)] = [:]
        var order: [String] = []
        for listed in context.operationWalker.securityRequirements(of: document) {
            for scheme in listed.requirement.schemes where !scheme.value.isEmpty {
                guard let type = schemes[scheme.name]?.type, !SecurityScopesNotAllowedRule.scopedTypes.contains(type)
                else { continue }
                if uses[scheme.name] != nil {
                    uses[scheme.name]?.count += 1
                } else {
                    let span = listed.requirement.node.entry(scheme.name)?.value.span ?? scheme.nameSpan
                    uses[scheme.name] = (span, listed.operation, 1)
                    order.append(scheme.name)
                }
            }
        }
        for name in order {
            guard let use = uses[name], let scheme = schemes[name] else { continue }
            var message =
                "'\(name)' is an '\(scheme.type)' security scheme: OpenAPI 3.0 requires its scope lists to be empty"
                + " (scopes belong to oauth2 and openIdConnect schemes)"
            if use.count > 1 { message += "; \(use.count) security requirements list scopes for it" }
            context.report(
                message, at: use.first, notes: [("'\(name)' is defined here", scheme.span)],
                operation: use.operation?.reference)
        }
    }
}
