import ArgumentParser
import Foundation
import Pipeline
import SpecDiagnostics
import SpecNormalizer

/// `specc normalize`: prints the scan payload of a document.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the scan payload of a document: service, canonical hash, endpoints and findings (JSON).",
        discussion: """
            The payload is what 'specc scan' uploads (see docs/scan-payload.md). Severities map to the scan \
            scale as error → high, warning → medium, info → info. Values over the server's limits are cut \
            (with a warning on standard error) rather than refused. The hash is the SHA-256 of the canonical \
            form of the resolved document (docs/hash.md): YAML or JSON, key order and file layout do not change it. \
            Findings are printed on standard error; the exit code is 1 only when the document cannot be read as \
            OpenAPI at all.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var diagnostics: DiagnosticOptions

    @Option(name: .long, help: "Service name for the payload (1-120 characters). Default: the document's info.title.")
    var service: String?

    func run() throws {
        let (config, configFindings) = try ConfigResolution.resolve(input, diagnostics)
        let result = Pipeline(config: config).normalize(input.document)
        defer { ProcessLifetime.keep(result) }
        let findings = (configFindings + result.validation.diagnostics).sortedForOutput()
        FindingsPrinter.print(findings, sources: result.validation.sources, format: .text)
        guard let api = result.api, let hash = result.hash else {
            FileHandle.standardError.write(Data("specc: '\(input.document)' could not be normalized\n".utf8))
            throw ExitCode(1)
        }
        let name = service ?? (api.title.isEmpty ? "unnamed" : api.title)
        let built: ScanPayload.Built
        do {
            built = try ScanPayload.make(api: api, findings: findings, serviceName: name, hash: hash)
        } catch {
            throw ValidationError(error.description)
        }
        for cut in built.truncations {
            FileHandle.standardError.write(Data("specc: warning: scan payload: \(cut)\n".utf8))
        }
        var data = try built.payload.jsonData()
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}
