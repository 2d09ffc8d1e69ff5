import Synchronization

/// Every source file one run has read, addressed by `FileID`.
///
/// Loading adds files from one thread; later stages only read. A lock keeps it safe to share anyway.
public final class SourceFileTable: Sendable {
    private let files = Mutex<[SourceFile]>([])

    /// Creates an empty table.
    public init() {}

    /// Adds a file and returns its id.
    @discardableResult
    public func add(_ file: SourceFile) -> FileID {
        files.withLock { files in
            files.append(file)
            return FileID(rawValue: UInt32(files.count - 1))
        }
    }

    /// The file behind an id.
    public func file(_ id: FileID) -> SourceFile {
        files.withLock { $0[Int(id.rawValue)] }
    }

    /// The path printed for an id.
    public func path(_ id: FileID) -> String {
        files.withLock { $0[Int(id.rawValue)].path }
    }

    /// All files, in the order they were added.
    public var all: [SourceFile] { files.withLock { $0 } }

    /// Number of files read.
    public var count: Int { files.withLock { $0.count } }

    /// Turns a compact span into a printable range.
    public func range(of span: SourceSpan) -> SourceRange {
        SourceRange(file: path(span.file), start: span.start, end: span.end)
    }

    /// The file whose path is `path`, if it was read.
    public func file(atPath path: String) -> SourceFile? {
        files.withLock { $0.first { $0.path == path } }
    }
}
