import SpecDiagnostics

/// A generated file whose bytes on disk differ from what `build` would write.
public struct StaleFile: Sendable, Hashable {
    /// Path as printed and as read (`site/index.html`).
    public var path: String
    /// What `build` would write.
    public var generated: [UInt8]
    /// What the disk holds; empty when it could not be read.
    public var onDisk: [UInt8]

    /// Creates a stale file.
    public init(path: String, generated: [UInt8], onDisk: [UInt8]) {
        self.path = path
        self.generated = generated
        self.onDisk = onDisk
    }
}

/// What `check` found: the document's findings and how the outputs on disk differ from a fresh build.
public struct CheckResult: Sendable {
    /// Normalization (with its validation); nothing is compared when the document is not usable.
    public var normalization: NormalizationResult
    /// Findings of the document, the pages and the templates, sorted.
    public var diagnostics: [Diagnostic]
    /// The output sets that were compared (empty when the document is not usable).
    public var outputs: [OutputSet]
    /// Generated files whose contents differ on disk, sorted by path.
    public var stale: [StaleFile]
    /// Generated files absent from the disk, sorted.
    public var missing: [String]
    /// Files on disk under an output root that the build does not produce, sorted. Hidden files and folders
    /// (any path component starting with '.', such as `.DS_Store` or `.nojekyll`) are never extra.
    public var extra: [String]

    /// Creates a result.
    public init(
        normalization: NormalizationResult, diagnostics: [Diagnostic], outputs: [OutputSet], stale: [StaleFile],
        missing: [String], extra: [String]
    ) {
        self.normalization = normalization
        self.diagnostics = diagnostics
        self.outputs = outputs
        self.stale = stale
        self.missing = missing
        self.extra = extra
    }

    /// Whether the document could be built at all.
    public var isUsable: Bool { normalization.api != nil }

    /// Whether every output on disk is exactly what `build` would write.
    public var isCurrent: Bool { isUsable && stale.isEmpty && missing.isEmpty && extra.isEmpty }

    /// Whether `check` fails: outputs out of date, the document unusable, an error, or a warning under `strict`.
    public func fails(strict: Bool) -> Bool {
        !isCurrent || diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }
}
