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

            Guide pages (the *.md files under --pages, default: 'pages' beside the document, when it exists) \
            are checked as 'specc site' checks them, without generating the site: every relative page link, \
            heading anchor, op: and schema: link must name something that exists (broken-link).
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var output: OutputFormatOptions

    @Option(
        name: .long,
        help: "Folder of Markdown guide pages whose links are checked (default: 'pages' beside the document).")
    var pages: String?

    func run() throws {
        let (config, configFindings) = try ConfigResolution.resolve(input, diagnostics)
        let pipeline = Pipeline(config: config)
        let result = pipeline.validate(
            input.document, pagePaths: pipeline.pagePaths(forDocument: input.document, folder: pages))
        let findings = (configFindings + result.diagnostics).sortedForOutput()
        FindingsPrinter.print(findings, sources: result.sources, format: output.format)
        ProcessLifetime.keep(result)
        let failed = findings.contains { $0.severity == .error } || (config.strict && findings.contains { $0.severity == .warning })
        if failed { throw ExitCode(1) }
    }
}
