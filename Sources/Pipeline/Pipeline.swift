import SpecDiagnostics
import SpecLint
import SpecModel
import SpecParser

/// The stages in order. Files are read here and in the CLI, nowhere else.
public struct Pipeline: Sendable {
    /// Where files are read and written.
    public let fileSystem: any FileSystem
    /// The configuration.
    public let config: PipelineConfig

    /// Creates a pipeline.
    public init(fileSystem: any FileSystem = DiskFileSystem(), config: PipelineConfig = PipelineConfig()) {
        self.fileSystem = fileSystem
        self.config = config
    }

    /// Reads, builds and lints the document at `path`. Never throws: every problem is a finding.
    /// `lint: false` stops after the structural checks and references (what `specc generate` needs).
    public func validate(_ path: String, lint: Bool = true) -> ValidationResult {
        let collector = DiagnosticCollector()
        let files = DocumentLoader(reader: fileSystem, limits: config.limits).load(path, into: collector)
        var document: RawDocument?
        if files.root != nil {
            document = ModelBuilder.build(files, into: collector)
        }
        if let document, lint {
            let disabled = Set(config.ruleLevels.filter { $0.value == .off }.keys)
            Linter.lint(document, disabled: disabled, into: collector)
        }
        let diagnostics = applyLevels(collector.diagnostics).sortedForOutput()
        return ValidationResult(document: document, diagnostics: diagnostics, sources: files.sources)
    }

    /// Applies the user's rule levels; structural problems keep theirs.
    func applyLevels(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !config.ruleLevels.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard !StructuralDiagnostics.ids.contains(diagnostic.id), let level = config.ruleLevels[diagnostic.id]
            else { return diagnostic }
            guard let severity = level.severity else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }
}
