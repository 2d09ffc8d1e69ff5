import ArgumentParser
import Foundation
import Pipeline
import SpecDiagnostics
import StubGen

/// `specc generate`: Swift client and server stubs for a document.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate Swift client and server stubs (types, client, server).",
        discussion: """
            The generated code imports only Foundation, HTTPTypes and OpenAPIRuntime: plug in any \
            ClientTransport or ServerTransport (URLSession, AsyncHTTPClient, Hummingbird, Vapor). Files are \
            small (schemas by initial, operations by tag), deterministic, and only rewritten when their \
            content changes, so SwiftPM rebuilds only what changed. Files in the output folder that specc \
            generated earlier and no longer produces are removed; files without specc's header are never \
            touched.

            Defaults come from the 'generate:' section of specc.yaml (output, modes, access, tags, operations, \
            paths, names, templates); the options below replace the values they name. See docs/generate.md.

            Findings do not stop generation when the model is usable (exit 0). A template that does not \
            render, an error in specc.yaml, or with --strict any error or warning, is fatal: nothing is \
            written and the exit code is 1.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var diagnostics: DiagnosticOptions
    @OptionGroup var format: OutputFormatOptions
    @OptionGroup var generate: GenerateOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Folder the Swift files are written to (default: 'output' under 'generate:' in specc.yaml).",
            valueName: "dir"))
    var output: String?

    /// Without --output, the configuration file must name the folder; checked while parsing so the error comes
    /// with this command's usage.
    func validate() throws {
        guard output == nil else { return }
        let (config, findings) = try ConfigResolution.resolve(input, diagnostics)
        // A broken configuration file is reported with its findings by `run`.
        if config.generate.output == nil, !findings.contains(where: { $0.severity == .error }) {
            throw Self.noOutputFolder
        }
    }

    static var noOutputFolder: ValidationError {
        ValidationError(
            "no output folder: pass --output DIR, or set 'output' under 'generate:' in specc.yaml")
    }

    func run() throws {
        let (config, configFindings) = try ConfigResolution.resolve(input, diagnostics)
        let settings = config.generate
        guard let folder = output ?? settings.output else {
            // Only with errors in the configuration file (`validate` checked the rest): show them.
            FindingsPrinter.print(configFindings, sources: SourceFileTable(), format: format.format)
            FileHandle.standardError.write(Data("specc: nothing written\n".utf8))
            throw ExitCode(1)
        }
        let base = settings.stubConfig(forDocument: input.document)
        let stubConfig = try generate.stubConfig(base: base, sourceName: base.sourceName)
        let result = Pipeline(config: config).stubs(
            input.document, config: stubConfig, templatesDirectory: generate.templates ?? settings.templates)
        defer { ProcessLifetime.keep(result) }
        let findings = (configFindings + result.diagnostics).sortedForOutput()
        FindingsPrinter.print(findings, sources: result.validation.sources, format: format.format)
        let fatal =
            (config.strict && findings.contains { $0.severity != .info }) || result.templateFailed
            || configFindings.contains { $0.severity == .error }
        guard result.usable, !fatal else {
            FileHandle.standardError.write(Data("specc: nothing written\n".utf8))
            throw ExitCode(1)
        }
        let (written, removed) = try StubWriter.write(result.files, into: folder)
        let summary = StubWriter.summary(total: result.files.count, written: written, removed: removed, folder: folder)
        FileHandle.standardError.write(Data(summary.utf8))
    }
}
