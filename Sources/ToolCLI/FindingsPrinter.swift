import Foundation
import SpecDiagnostics

/// Prints findings in the chosen format: text goes to standard error (with excerpts on a terminal), the
/// machine formats to standard output so they can be redirected into a file.
enum FindingsPrinter {
    static func print(_ findings: [Diagnostic], sources: SourceFileTable, format: FindingsFormat) throws {
        switch format {
        case .text:
            guard !findings.isEmpty else { return }
            let text = findings.map(\.formatted).joined(separator: "\n") + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        case .json, .sarif, .github:
            let text = findings.map(\.formatted).joined(separator: "\n") + "\n"
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
