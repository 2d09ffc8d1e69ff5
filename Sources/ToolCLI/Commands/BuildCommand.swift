import ArgumentParser
import Foundation
import Pipeline
import SiteGen
import SpecDiagnostics

/// `specc build`: the main job. Validates the document and writes everything generated from it.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate a document and write its generated outputs (today: the documentation site).",
        discussion: """
            Runs validate, then generates the static site (API reference + the Markdown guides under --pages)
            into --site. Findings are printed as validate prints them. When the model is usable, outputs are
            written even if there are errors, and the exit code is 0; with --strict any error (or warning) is fatal:
            nothing is written and the exit code is 1. Unchanged files are not rewritten.
            Swift stubs join this command when the generator lands.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var format: OutputFormatOptions
    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "Folder the documentation site is written to.")
    var site: String = "site"

    func run() throws {
        let (config, configFindings) = try ConfigResolution.resolve(input, diagnostics)
        let result = Pipeline(config: config).site(
            input.document, pagePaths: siteOptions.pagePaths(for: input.document),
            templatesDirectory: siteOptions.templates, config: siteOptions.config(for: input.document))
        defer { ProcessLifetime.keep(result) }
        let findings = (configFindings + result.diagnostics).sortedForOutput()
        FindingsPrinter.print(findings, sources: result.normalization.validation.sources, format: format.format)
        let fatal = config.strict && findings.contains { $0.severity != .info }
        guard result.normalization.api != nil, !fatal else {
            FileHandle.standardError.write(Data("specc: nothing written\n".utf8))
            throw ExitCode(1)
        }
        let disk = DiskFileSystem()
        var written = 0
        for file in result.files where try disk.write(file.bytes, to: site + "/" + file.path) { written += 1 }
        let message = "specc: site: \(result.files.count) files in '\(site)' (\(written) written, \(result.files.count - written) unchanged)\n"
        FileHandle.standardError.write(Data(message.utf8))
    }
}
