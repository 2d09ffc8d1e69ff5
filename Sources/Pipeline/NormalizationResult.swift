import SpecDiagnostics
import SpecNormalizer

/// What `normalize` produces: the validation it ran on the way, and the normalized API with its hash.
public struct NormalizationResult: Sendable {
    /// The validation of the document.
    public var validation: ValidationResult
    /// The normalized API; nil when the document is not usable.
    public var api: API?
    /// The canonical SHA-256 of the resolved document (64 lower-case hex digits); nil when not usable.
    public var hash: String?

    /// Creates a result.
    public init(validation: ValidationResult, api: API?, hash: String?) {
        self.validation = validation
        self.api = api
        self.hash = hash
    }
}

extension Pipeline {
    /// Validates `path`, then normalizes it and hashes its canonical form when the model is usable.
    /// Findings do not stop normalization: a document with lint errors still has a normalized form.
    public func normalize(_ path: String) -> NormalizationResult {
        let validation = validate(path)
        guard let document = validation.document else {
            return NormalizationResult(validation: validation, api: nil, hash: nil)
        }
        let sink = DiagnosticCollector()
        let api = Normalizer.normalize(document, into: sink)
        var merged = validation
        if !sink.diagnostics.isEmpty {
            merged.diagnostics = applyLevels(validation.diagnostics + sink.diagnostics).sortedForOutput()
        }
        return NormalizationResult(validation: merged, api: api, hash: CanonicalHasher.hash(document))
    }
}
