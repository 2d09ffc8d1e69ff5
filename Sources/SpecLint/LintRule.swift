import SpecDiagnostics
import SpecModel

/// One semantic check over a document. Each rule lives in its own file under `Rules/` and is listed in
/// `LintRegistry.all`; its id, default severity and summary are documented in `docs/rules.md`.
public protocol LintRule: Sendable {
    /// The stable kebab-case id.
    var id: DiagnosticID { get }
    /// The severity used unless configuration says otherwise.
    var defaultSeverity: Severity { get }
    /// One line saying what the rule finds, for `--help` and docs.
    var summary: String { get }
    /// Reports every problem the rule finds through `context`.
    func check(_ context: LintContext)
}
