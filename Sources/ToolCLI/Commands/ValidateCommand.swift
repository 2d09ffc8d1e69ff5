import ArgumentParser
import Foundation
import Pipeline
import SpecDiagnostics

/// `specc validate`: reads a document, reports every finding, exits 0 / 1.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an OpenAPI document: syntax, structure, references and lint rules.",
        discussion: """
            Prints one finding per line: file:line:column: severity[id]: message (columns count UTF-8 bytes), \
            with a source excerpt when standard error is a terminal. Exit 0 without errors, 1 with errors \
            (or warnings under --strict), 2 on usage errors.
            Formats: text (default), json, sarif (GitHub code scanning), github (workflow annotations).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var output: OutputFormatOptions

    func run() throws {
        let (config, configFindings) = try ConfigResolution.resolve(input, diagnostics)
        let result = Pipeline(config: config).validate(input.document)
        let findings = (configFindings + result.diagnostics).sortedForOutput()
        FindingsPrinter.print(findings, sources: result.sources, format: output.format)
        ProcessLifetime.keep(result)
        let failed = findings.contains { $0.severity == .error } || (config.strict && findings.contains { $0.severity == .warning })
        if failed { throw ExitCode(1) }
    }
}
