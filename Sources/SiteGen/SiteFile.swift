/// One file of the generated site: a path relative to the output folder and its bytes.
public struct SiteFile: Sendable, Hashable {
    /// Relative path with `/` separators (`operations/getPet.html`).
    public var path: String
    /// Contents.
    public var bytes: [UInt8]

    /// Creates a file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a file from text (UTF-8).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The contents as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Options of the site generator.
public struct SiteConfig: Sendable {
    /// Absolute URL the site is published under (`https://docs.example.com/`), for `sitemap.xml`, `llms.txt`
    /// and the 404 page (served at any depth); relative links are used everywhere else so the site also works
    /// from disk.
    public var baseURL: String?
    /// The path of the document as the user named it, shown in the footer.
    public var documentName: String
    /// Tag groups (`x-tagGroups` at the document root), which the normalized API does not carry; empty for none.
    public var tagGroups: [TagGroup]
    /// The bundled document, written as `openapi.json` and linked from the home page; nil for none.
    public var bundledDocument: [UInt8]?
    /// The `generate: names` overrides (operation id or schema name → Swift name), so the Swift samples call
    /// the client by the names `specc generate` gives it.
    public var swiftNameOverrides: [String: String]

    /// Creates options.
    public init(
        baseURL: String? = nil, documentName: String = "openapi.yaml", tagGroups: [TagGroup] = [],
        bundledDocument: [UInt8]? = nil, swiftNameOverrides: [String: String] = [:]
    ) {
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.documentName = documentName
        self.tagGroups = tagGroups
        self.bundledDocument = bundledDocument
        self.swiftNameOverrides = swiftNameOverrides
    }
}
