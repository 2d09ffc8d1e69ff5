import ArgumentParser
import Foundation
import Pipeline
import SiteGen
import SpecDiagnostics

/// `specc site`: generates the static documentation site for a document and its guide pages.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Generate the static documentation site (API reference and Markdown guide pages).",
        discussion: """
            Guide pages are the *.md files under --pages (default: 'pages' beside the document, when it exists). \
            Templates come from --templates, file by file, then from the built-in set. Unchanged files are not \
            rewritten. Findings do not stop the site when the model is usable (exit 0); with --strict any error or \
            warning is fatal: nothing is written and the exit code is 1.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var format: OutputFormatOptions
    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "Folder the site is written to.")
    var output: String

    func run() throws {
        _ = try SiteWriter.run(input, diagnostics, format, siteOptions, into: output)
    }
}
