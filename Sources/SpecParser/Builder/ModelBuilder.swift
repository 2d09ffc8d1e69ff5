import SpecDiagnostics
import SpecModel

// TEMPORARY signature stub: the real builder is being written (helper task) and replaces this file.
/// Builds the typed model of a loaded document, reporting structural problems.
public enum ModelBuilder {
    /// Builds the typed model; nil when the root is not an OpenAPI 3.x document at all.
    public static func build(_ files: DocumentSet, into sink: any DiagnosticSink) -> RawDocument? {
        guard let root = files.root else { return nil }
        return RawDocument(files: files, openAPI: OpenAPIDocument(node: root, version: .v3_0), store: ComponentStore())
    }
}
