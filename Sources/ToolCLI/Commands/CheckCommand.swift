import ArgumentParser
import Foundation
import Pipeline
import SpecDiagnostics

/// `specc check`: builds everything `build` would in memory and fails when the outputs on disk differ. Writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fail when the generated outputs on disk are not what 'specc build' would write.",
        discussion: """
            Builds everything 'build' would (the Swift stubs when specc.yaml's 'generate:' names an 'output' \
            folder, and the documentation site), in memory, writes nothing, and compares it with the files on \
            disk: stale files (contents differ, with a short unified diff), missing files and extra files (on \
            disk but not generated; hidden files such as .DS_Store are ignored, and in the stubs folder only \
            files with specc's header count, so your own Swift files can live beside the generated ones).

            Findings are printed as validate prints them. Exit 0 when every output is current and there is no \
            error (nor warning under --strict); 1 otherwise, with the command that brings the outputs up to date.
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
        let result = Pipeline(config: config).check(
            input.document, site: site, pagePaths: siteOptions.pagePaths(for: input.document),
            templatesDirectory: siteOptions.templates, config: siteOptions.config(for: input.document))
        defer { ProcessLifetime.keep(result) }
        let findings = (configFindings + result.diagnostics).sortedForOutput()
        FindingsPrinter.print(findings, sources: result.normalization.validation.sources, format: format.format)
        let report = CheckReport.text(result, fixCommand: fixCommand)
        FileHandle.standardError.write(Data(report.utf8))
        let invalid = findings.contains { $0.severity == .error || (config.strict && $0.severity == .warning) }
        if invalid || !result.isCurrent { throw ExitCode(1) }
    }

    /// `specc build` with the options that decide what is generated, so running it makes `check` pass.
    var fixCommand: String {
        var arguments = ["specc", "build", input.document, "--site", site]
        if let config = input.config { arguments += ["--config", config] }
        if let pages = siteOptions.pages { arguments += ["--pages", pages] }
        if let templates = siteOptions.templates { arguments += ["--templates", templates] }
        if let baseURL = siteOptions.baseURL { arguments += ["--base-url", baseURL] }
        return arguments.map(CheckReport.shellQuoted).joined(separator: " ")
    }
}
