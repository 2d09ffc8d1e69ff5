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
        let (written, total) = try SiteWriter.run(input, diagnostics, format, siteOptions, into: site)
        let message = "specc: site: \(total) files in '\(site)' (\(written) written, \(total - written) unchanged)\n"
        FileHandle.standardError.write(Data(message.utf8))
    }
}
