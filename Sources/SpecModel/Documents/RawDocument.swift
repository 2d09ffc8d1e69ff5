/// A document as written: every file, the typed root, and every object its references reach.
public struct RawDocument: Sendable {
    /// The files and their trees.
    public var files: DocumentSet
    /// The typed root object.
    public var openAPI: OpenAPIDocument
    /// Objects reached by references, by target.
    public var store: ComponentStore

    /// Creates a raw document.
    public init(files: DocumentSet, openAPI: OpenAPIDocument, store: ComponentStore) {
        self.files = files
        self.openAPI = openAPI
        self.store = store
    }

    /// The version family.
    public var version: SpecVersion { openAPI.version }
}
