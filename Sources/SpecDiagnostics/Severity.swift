/// How serious a finding is. Ordered from most to least serious.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// The document is wrong; `validate` exits 1.
    case error
    /// Likely a mistake; `validate --strict` exits 1.
    case warning
    /// Worth knowing; never changes the exit code.
    case info

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
