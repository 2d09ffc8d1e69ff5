/// One side of `specc diff`: a file, or a file as a git revision holds it (`git:REF:path`).
public struct DiffSource: Sendable, Hashable, CustomStringConvertible {
    /// The document's path (relative to the working directory, or absolute).
    public var path: String
    /// The git revision to read it from; nil for the file on disk.
    public var revision: String?

    /// Creates a source.
    public init(path: String, revision: String? = nil) {
        self.path = path
        self.revision = revision
    }

    /// Reads `spec/openapi.yaml` or `git:origin/main:spec/openapi.yaml`; nil for a `git:` argument without a
    /// revision or a path.
    public init?(argument: String) {
        guard argument.hasPrefix("git:") else {
            self.init(path: argument)
            return
        }
        let rest = argument.dropFirst(4)
        // Git forbids ':' in ref names, so the first one ends the revision.
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let revision = String(rest[..<colon])
        let path = String(rest[rest.index(after: colon)...])
        guard !revision.isEmpty, !path.isEmpty else { return nil }
        self.init(path: path, revision: revision)
    }

    /// What is put before the paths of its files in output: `git:REF:`, or nothing for a file on disk.
    public var pathPrefix: String { revision.map { "git:\($0):" } ?? "" }

    /// The argument form: `git:REF:path` or the path.
    public var description: String { pathPrefix + path }
}
