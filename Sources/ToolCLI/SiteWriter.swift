import ArgumentParser
import Foundation
import Pipeline
import SiteGen
import SpecDiagnostics

/// The body of `site` (and the site step of `build`): generate the site in memory, print the findings, and write the
/// files unless the model is unusable or `--strict` makes a finding fatal.
enum SiteWriter {
    /// Generates and writes the site into `folder`; returns how many files were written and how many were
    /// generated in all. Throws `ExitCode(1)` (after saying "nothing written") when nothing may be written.
    static func run(
        _ input: InputOptions, _ diagnostics: DiagnosticOptions, _ format: OutputFormatOptions,
        _ siteOptions: SiteOptions, into folder: String
    ) throws -> (written: Int, total: Int) {
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
        return (try write(result.files, into: folder), result.files.count)
    }

    /// Writes `files` under `folder`, skipping those whose contents are unchanged; returns how many were written.
    static func write(_ files: [SiteFile], into folder: String) throws -> Int {
        try ParallelWriter.write(files.map { (path: $0.path, bytes: $0.bytes) }, into: folder)
    }
}
