import Dispatch
import SpecDiagnostics
import SpecModel

/// Runs lint rules over a document.
public enum Linter {
    /// Runs every rule in `rules` except those in `disabled`, reporting at each rule's default severity.
    ///
    /// Rules only read the document (it is immutable once built) and report through a thread-safe sink, so
    /// they run concurrently, one rule per task; findings are sorted by the caller, so the order they arrive
    /// in does not matter and output stays deterministic.
    public static func lint(
        _ document: RawDocument, rules: [any LintRule] = LintRegistry.all, disabled: Set<DiagnosticID> = [],
        into sink: any DiagnosticSink
    ) {
        let enabled = rules.filter { !disabled.contains($0.id) }
        // Most operation rules walk the same operations: find them once.
        let operations = OperationWalker(document)
        DispatchQueue.concurrentPerform(iterations: enabled.count) { index in
            let rule = enabled[index]
            rule.check(
                LintContext(
                    document: document, id: rule.id, severity: rule.defaultSeverity, operations: operations,
                    sink: sink))
        }
    }
}
