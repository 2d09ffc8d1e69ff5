import SpecDiagnostics
import SpecNormalizer

/// Security requirements are alternatives: a client satisfies any one. Requirements are matched by their set
/// of scheme names; scopes are compared within a match.
extension OperationComparison {
    mutating func compareSecurity(_ old: [NormalizedSecurityRequirement], _ new: [NormalizedSecurityRequirement]) {
        guard old != new else { return }
        let place = path.appending(.operationKey("security"))
        // An empty list, or an empty requirement among the alternatives, lets anonymous clients in.
        let (wasOpen, isOpen) = (Self.isOpen(old), Self.isOpen(new))
        let oldByKey = Self.byKey(old)
        let newByKey = Self.byKey(new)
        for requirement in new {
            let key = Self.key(requirement)
            guard let before = oldByKey[key] else {
                report(
                    .securityRequirementAdded, wasOpen && !isOpen ? .error : .info,
                    "security requirement \(Self.label(requirement)) added", at: place)
                continue
            }
            compareScopes(before, requirement, at: place)
        }
        for requirement in old where newByKey[Self.key(requirement)] == nil {
            report(
                .securityRequirementRemoved, isOpen ? .info : .error,
                "security requirement \(Self.label(requirement)) removed", at: place, side: .base)
        }
    }

    private mutating func compareScopes(
        _ old: NormalizedSecurityRequirement, _ new: NormalizedSecurityRequirement, at place: DiffPath
    ) {
        for scheme in new.schemes {
            let before = Set(old.schemes.first { $0.name == scheme.name }?.scopes ?? [])
            for scope in scheme.scopes where !before.contains(scope) {
                report(.securityScopeAdded, "scope '\(scope)' added to security scheme '\(scheme.name)'", at: place)
            }
            let after = Set(scheme.scopes)
            for scope in before.sorted() where !after.contains(scope) {
                report(
                    .securityScopeRemoved, "scope '\(scope)' removed from security scheme '\(scheme.name)'", at: place)
            }
        }
    }

    private static func isOpen(_ requirements: [NormalizedSecurityRequirement]) -> Bool {
        requirements.isEmpty || requirements.contains { $0.schemes.isEmpty }
    }

    /// The sorted scheme names of a requirement.
    private static func key(_ requirement: NormalizedSecurityRequirement) -> String {
        requirement.schemes.map(\.name).sorted().joined(separator: "\u{0}")
    }

    private static func byKey(_ requirements: [NormalizedSecurityRequirement]) -> [String:
        NormalizedSecurityRequirement]
    {
        var result: [String: NormalizedSecurityRequirement] = [:]
        for requirement in requirements where result[key(requirement)] == nil { result[key(requirement)] = requirement }
        return result
    }

    /// `'api_key'`, `'api_key' and 'oauth'`, or `{}` for anonymous access.
    private static func label(_ requirement: NormalizedSecurityRequirement) -> String {
        requirement.schemes.isEmpty
            ? "{} (anonymous access)" : requirement.schemes.map { "'\($0.name)'" }.joined(separator: " and ")
    }
}
