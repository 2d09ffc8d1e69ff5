import SpecDiagnostics
import SpecLint

/// The lint rule ids, as the CLI and configuration see them.
public enum LintRegistryIDs {
    /// Every lint rule id.
    public static var all: [DiagnosticID] { LintRegistry.all.map(\.id) }

    /// Every lint rule with its default severity and summary, sorted by id.
    public static var rules: [(id: DiagnosticID, severity: Severity, summary: String)] {
        LintRegistry.all.map { ($0.id, $0.defaultSeverity, $0.summary) }
    }
}
