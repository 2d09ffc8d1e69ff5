import SiteGen

/// One file a generator produced: a path relative to its output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// Relative path with `/` separators (`operations/getPet.html`).
    public var path: String
    /// Contents.
    public var bytes: [UInt8]

    /// Creates a file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Everything one generator writes under one folder, held in memory: what `check` compares with the disk.
///
/// `build` writes several of these (today the site; the Swift stubs join later as one more set), so `check`
/// takes a list and compares each in turn.
public struct OutputSet: Sendable {
    /// Short name shown in messages (`site`, `stubs`).
    public var name: String
    /// The folder the files are written under, as the user named it (`site`).
    public var root: String
    /// The files, relative to `root`.
    public var files: [OutputFile]
    /// Whether files on disk under `root` that the generator did not produce are reported as extra. Turn it
    /// off for a folder shared with hand-written files.
    public var reportsExtraFiles: Bool

    /// Creates an output set.
    public init(name: String, root: String, files: [OutputFile], reportsExtraFiles: Bool = true) {
        self.name = name
        self.root = root
        self.files = files
        self.reportsExtraFiles = reportsExtraFiles
    }

    /// The documentation site written under `root`.
    public static func site(_ files: [SiteFile], root: String) -> OutputSet {
        OutputSet(name: "site", root: root, files: files.map { OutputFile(path: $0.path, bytes: $0.bytes) })
    }

    /// The path of `relative` under the root, as printed and as read (`site/index.html`).
    public func path(of relative: String) -> String {
        root.isEmpty || root == "." ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }
}
