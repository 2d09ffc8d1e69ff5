import SpecDiagnostics
import SpecModel

/// What `validate` produces: the document (when it could be read) and every finding, sorted.
public struct ValidationResult: Sendable {
    /// The typed document; nil when the input is not usable at all.
    public var document: RawDocument?
    /// Findings after user levels were applied, in file, line, column order.
    public var diagnostics: [Diagnostic]
    /// The source files read, for excerpts.
    public var sources: SourceFileTable

    /// Creates a result.
    public init(document: RawDocument?, diagnostics: [Diagnostic], sources: SourceFileTable) {
        self.document = document
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// Number of errors.
    public var errorCount: Int { diagnostics.count(of: .error) }
    /// Number of warnings.
    public var warningCount: Int { diagnostics.count(of: .warning) }

    /// Whether the run fails: any error, or any warning under `strict`.
    public func fails(strict: Bool) -> Bool { errorCount > 0 || (strict && warningCount > 0) }
}
