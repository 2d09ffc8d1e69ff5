import SpecDiagnostics
import SpecModel

/// Builds the typed model of a loaded document, reporting structural problems.
///
/// Structural findings (`missing-field`, `invalid-type`, `unknown-field`, `invalid-value`) and reference
/// findings (`unresolved-ref`, `remote-ref`, `ref-cycle`) are located at the offending key or value, in
/// whichever file it was written.
public enum ModelBuilder {
    /// Builds the typed model; nil when the root is not an OpenAPI 3.x document at all (already reported).
    ///
    /// The document's objects are built first, then every object a `$ref` reaches, each once per kind it is
    /// referenced as, into `RawDocument.store`.
    public static func build(_ files: DocumentSet, into sink: any DiagnosticSink) -> RawDocument? {
        guard let root = files.root else { return nil }
        let reporter = BuildReporter(sources: files.sources, sink: sink)
        guard root.isMapping else {
            reporter.invalidType("object", for: .root, found: root)
            return nil
        }
        guard let version = VersionDetector.detect(root, reporter: reporter) else { return nil }
        let builder = DocumentBuilder(files: files, version: version, reporter: reporter)
        let openAPI = builder.buildRoot(root)
        builder.drain()
        return RawDocument(files: files, openAPI: openAPI, store: builder.store)
    }
}
