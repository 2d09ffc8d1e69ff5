import ArgumentParser
import Foundation
import Pipeline
import SiteGen
import SpecDiagnostics

/// `specc build`: the main job. Validates the document and writes everything generated from it: the Swift
/// stubs (when `specc.yaml` has a `generate:` section naming an `output` folder), then the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate a document and write its generated outputs: Swift stubs and the documentation site.",
        discussion: """
            Runs three steps on one read of the document, printing a line for each: validate; stubs, when \
            specc.yaml has a 'generate:' section with an 'output' folder (the settings 'specc generate' reads, \
            see docs/generate.md); then the static site (API reference + the Markdown guides under --pages) \
            into --site.

            Findings are printed as validate prints them. When the model is usable, outputs are written even \
            if there are errors, and the exit code is 0. A stub template that does not render, an error in \
            specc.yaml, or with --strict any error or warning, is fatal: nothing is written and the exit code \
            is 1. Unchanged files are not rewritten.
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
        let pipeline = Pipeline(config: config)
        // The stubs and the site share one normalized model: the document is read once.
        let normalization = pipeline.normalize(input.document)
        let settings = config.generate
        let stubs = settings.output.map { _ in
            pipeline.stubs(
                normalized: normalization, config: settings.stubConfig(forDocument: input.document),
                templatesDirectory: settings.templates)
        }
        let siteResult = pipeline.site(
            normalized: normalization, pagePaths: siteOptions.pagePaths(for: input.document),
            templatesDirectory: siteOptions.templates, config: siteOptions.config(for: input.document))
        defer { ProcessLifetime.keep(siteResult) }
        let stubFindings = stubs?.generationDiagnostics ?? []
        let findings = (configFindings + siteResult.diagnostics + stubFindings).sortedForOutput()
        FindingsPrinter.print(findings, sources: normalization.validation.sources, format: format.format)

        report(Self.validateLine(input.document, normalization.validation.diagnostics))
        let fatal =
            (config.strict && findings.contains { $0.severity != .info }) || stubs?.templateFailed == true
            || configFindings.contains { $0.severity == .error }
        guard normalization.api != nil, !fatal else {
            report("specc: nothing written\n")
            throw ExitCode(1)
        }
        if let stubs, let folder = settings.output {
            let (written, removed) = try StubWriter.write(stubs.files, into: folder)
            report(StubWriter.summary(total: stubs.files.count, written: written, removed: removed, folder: folder))
        } else if settings.isConfigured {
            report("specc: stubs: skipped: 'generate:' in specc.yaml names no 'output' folder\n")
        }
        let written = try SiteWriter.write(siteResult.files, into: site)
        let total = siteResult.files.count
        report("specc: site: \(total) files in '\(site)' (\(written) written, \(total - written) unchanged)\n")
    }

    private func report(_ line: String) {
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// The validate step's line: `specc: validate: 'spec/openapi.yaml': 0 errors, 2 warnings`.
    static func validateLine(_ document: String, _ findings: [Diagnostic]) -> String {
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        let errors = counted(findings.count(of: .error), "error")
        return "specc: validate: '\(document)': \(errors), \(counted(findings.count(of: .warning), "warning"))\n"
    }
}
