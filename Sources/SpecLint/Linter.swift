import SpecDiagnostics
import SpecModel

/// Runs lint rules over a document.
public enum Linter {
    /// Runs every rule in `rules` except those in `disabled`, reporting at each rule's default severity.
    public static func lint(
        _ document: RawDocument, rules: [any LintRule] = LintRegistry.all, disabled: Set<DiagnosticID> = [],
        into sink: any DiagnosticSink
    ) {
        for rule in rules where !disabled.contains(rule.id) {
            rule.check(LintContext(document: document, id: rule.id, severity: rule.defaultSeverity, sink: sink))
        }
    }
}
