import Foundation
import Pipeline
import SpecDiagnostics

/// Prints findings in the chosen format: text goes to standard error (with excerpts and colours when it is
/// a terminal), the machine formats to standard output so they can be redirected into a file.
enum FindingsPrinter {
    static func print(_ findings: [Diagnostic], sources: SourceFileTable, format: DiagnosticFormat) {
        let terminal = isatty(STDERR_FILENO) == 1
        var summaries: [DiagnosticID: String] = [:]
        for rule in LintRegistryIDs.rules { summaries[rule.id] = rule.summary }
        let options = DiagnosticRenderOptions(
            excerpts: terminal, colors: terminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
            summary: terminal && !findings.isEmpty, toolVersion: SpeccVersion.current, ruleSummaries: summaries)
        let text = format.render(findings, sources: sources, options: options)
        guard !text.isEmpty else { return }
        let handle = format == .text ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(Data(text.utf8))
    }
}
