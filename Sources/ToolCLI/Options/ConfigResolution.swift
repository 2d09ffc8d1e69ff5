import Foundation
import Pipeline
import SpecDiagnostics

/// Turns the input and diagnostic options into a pipeline configuration.
enum ConfigResolution {
    /// Reads the configuration file (the named one, or `specc.yaml` when present), then applies command-line
    /// levels on top. Returns the configuration and the configuration file's own findings.
    static func resolve(_ input: InputOptions, _ options: DiagnosticOptions) throws -> (PipelineConfig, [Diagnostic]) {
        var config = PipelineConfig()
        var findings: [Diagnostic] = []
        let path = input.config ?? (FileManager.default.fileExists(atPath: "specc.yaml") ? "specc.yaml" : nil)
        if let path {
            (config, findings) = ConfigLoader.load(path, from: DiskFileSystem())
        }
        for (id, level) in try options.levels() { config.ruleLevels[id] = level }
        if options.strict { config.strict = true }
        return (config, findings)
    }
}
