import Pipeline
import SpecDiagnostics

/// Runs `validate` the way the rule fixtures expect.
public enum FixtureValidation {
    /// Validates `file` (relative to `folder`) and returns the findings as the text `validate` prints
    /// without excerpts: one `file:line:col: severity[id]: message` line each, notes below, sorted.
    public static func text(folder: String, file: String = "openapi.yaml", config: PipelineConfig = .init()) -> String {
        let result = Pipeline(fileSystem: DiskFileSystem(baseDirectory: folder), config: config).validate(file)
        return result.diagnostics.map(\.formatted).joined(separator: "\n")
    }

    /// Validates YAML text held in memory as `openapi.yaml`.
    public static func text(yaml: String, config: PipelineConfig = .init()) -> String {
        let result = Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": yaml]), config: config).validate(
            "openapi.yaml")
        return result.diagnostics.map(\.formatted).joined(separator: "\n")
    }
}
