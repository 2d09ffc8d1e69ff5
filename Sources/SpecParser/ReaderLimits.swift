/// Bounds on what one run reads, so hostile or broken input gets a clear finding instead of a hang or an
/// unbounded allocation. Each limit has a matching diagnostic id.
public struct ReaderLimits: Sendable, Hashable {
    /// Largest file read, in bytes (`file-too-large`). Default 64 MiB.
    public var maxFileBytes: Int
    /// Deepest nesting of mappings and sequences (`nesting-too-deep`). Default 256.
    public var maxDepth: Int
    /// Most nodes that YAML aliases may add when counted as copies (`alias-expansion-limit`). Default 1,000,000.
    public var maxAliasExpansion: Int
    /// Most files one document may span (`too-many-files`). Default 10,000.
    public var maxFiles: Int
    /// Most bytes over all files of one document (`file-too-large`). Default 512 MiB.
    public var maxTotalBytes: Int

    /// The defaults described above.
    public static let `default` = ReaderLimits(
        maxFileBytes: 64 << 20, maxDepth: 256, maxAliasExpansion: 1_000_000, maxFiles: 10_000, maxTotalBytes: 512 << 20)

    /// Creates a set of limits.
    public init(maxFileBytes: Int, maxDepth: Int, maxAliasExpansion: Int, maxFiles: Int, maxTotalBytes: Int) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxFiles = maxFiles
        self.maxTotalBytes = maxTotalBytes
    }
}
