import SpecDiagnostics
import SpecParser

/// Everything a run of the pipeline can be told.
public struct PipelineConfig: Sendable {
    /// Rule levels set by the user, by id. Ids of structural problems cannot be changed.
    public var ruleLevels: [DiagnosticID: RuleLevel]
    /// Input limits.
    public var limits: ReaderLimits
    /// Treat warnings as failures (`--strict`).
    public var strict: Bool
    /// What `specc generate` and the stub step of `specc build` produce (the `generate:` section).
    public var generate: GenerateSettings

    /// Creates a configuration.
    public init(
        ruleLevels: [DiagnosticID: RuleLevel] = [:], limits: ReaderLimits = .default, strict: Bool = false,
        generate: GenerateSettings = GenerateSettings()
    ) {
        self.ruleLevels = ruleLevels
        self.limits = limits
        self.strict = strict
        self.generate = generate
    }
}
