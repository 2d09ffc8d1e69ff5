import SpecDiagnostics

/// What a user may set a rule to, in `specc.yaml` or with `--rule id=level`.
public enum RuleLevel: String, Sendable, Hashable, CaseIterable {
    case error, warning, info, off

    /// The severity it maps to; nil for `off`.
    public var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .off: nil
        }
    }
}
