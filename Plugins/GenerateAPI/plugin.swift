import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-api [--target NAME] [--spec FILE]
/// [--mode MODES] [--access LEVEL]`: runs `specc generate` for each target that holds an OpenAPI document,
/// writing the Swift stubs into the target's `Generated` folder.
///
/// A target's document is `openapi.yaml`, `openapi.yml` or `openapi.json` in its source folder, or the file
/// `--spec` names (relative to the source folder). specc runs in the package's folder, so a `specc.yaml` there
/// applies (rule levels, and `generate:` settings such as `names`), and `--mode`/`--access` win over it.
@main
struct GenerateAPI: CommandPlugin {
    /// Document names looked for in a target's source folder, in this order.
    static let defaultSpecNames = ["openapi.yaml", "openapi.yml", "openapi.json"]

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let targetNames = extractor.extractOption(named: "target")
        let specNames = extractor.extractOption(named: "spec")
        let modes = extractor.extractOption(named: "mode")
        let access = extractor.extractOption(named: "access")
        if !extractor.remainingArguments.isEmpty {
            throw GenerateAPIError(
                "unexpected arguments \(extractor.remainingArguments.joined(separator: " ")); "
                    + "expected --target NAME, --spec FILE, --mode MODES or --access LEVEL")
        }
        guard specNames.count <= 1 else { throw GenerateAPIError("--spec may be given once") }

        let targets = try targetNames.isEmpty ? context.package.targets : context.package.targets(named: targetNames)
        let candidates = specNames.isEmpty ? Self.defaultSpecNames : specNames
        var jobs: [(target: String, spec: URL, output: URL)] = []
        for target in targets.compactMap({ $0 as? SourceModuleTarget }) {
            let folder = target.directoryURL
            let found = candidates.map { folder.appending(path: $0) }.first {
                FileManager.default.fileExists(atPath: $0.path(percentEncoded: false))
            }
            guard let spec = found else {
                // A target named on the command line must have a document; the others are simply skipped.
                if !targetNames.isEmpty {
                    let path = target.directoryURL.path(percentEncoded: false)
                    throw GenerateAPIError("target '\(target.name)' has no \(Self.describe(candidates)) in \(path)")
                }
                continue
            }
            jobs.append((target.name, spec, folder.appending(path: "Generated")))
        }
        guard !jobs.isEmpty else {
            throw GenerateAPIError(
                "no target has \(Self.describe(candidates)) in its source folder; add one, or name the document "
                    + "with --spec FILE (and the target with --target NAME)")
        }

        let specc = try context.tool(named: "specc")
        for job in jobs {
            var arguments = [
                "generate", job.spec.path(percentEncoded: false), "--output", job.output.path(percentEncoded: false),
            ]
            for mode in modes { arguments += ["--mode", mode] }
            for level in access { arguments += ["--access", level] }
            print("GenerateAPI: \(job.target): specc \(arguments.joined(separator: " "))")
            let process = Process()
            process.executableURL = specc.url
            process.arguments = arguments
            process.currentDirectoryURL = context.package.directoryURL
            try process.run()
            process.waitUntilExit()
            guard process.terminationReason == .exit, process.terminationStatus == 0 else {
                throw GenerateAPIError(
                    "specc generate failed for target '\(job.target)' (exit code \(process.terminationStatus))")
            }
        }
        print("GenerateAPI: generated stubs for \(jobs.count) target\(jobs.count == 1 ? "" : "s")")
    }

    /// "openapi.yaml, openapi.yml or openapi.json".
    static func describe(_ names: [String]) -> String {
        names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

/// A failure the plugin reports to the user as is.
struct GenerateAPIError: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String

    init(_ description: String) { self.description = description }
}
