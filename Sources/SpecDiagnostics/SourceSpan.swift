/// Identifies a loaded source file inside one `SourceFileTable`.
public struct FileID: Hashable, Sendable, Comparable {
    /// Index into the table that issued it.
    public let rawValue: UInt32

    /// Wraps an index issued by a `SourceFileTable`.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static func < (lhs: FileID, rhs: FileID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The compact location every document node carries: a file and a start and end position.
///
/// Nodes are numerous (GHES has over 100,000), so the span keeps 32-bit numbers and a file id rather than a
/// path; `SourceFileTable.range(of:)` turns it into a printable `SourceRange`.
public struct SourceSpan: Hashable, Sendable {
    /// The file the node was read from.
    public var file: FileID
    /// 1-based start line.
    public var startLine: UInt32
    /// 1-based start column in UTF-8 bytes.
    public var startColumn: UInt32
    /// 1-based end line.
    public var endLine: UInt32
    /// 1-based end column in UTF-8 bytes (exclusive).
    public var endColumn: UInt32

    /// Creates a span from 1-based positions.
    public init(file: FileID, startLine: UInt32, startColumn: UInt32, endLine: UInt32, endColumn: UInt32) {
        self.file = file
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// The start position.
    public var start: SourcePosition { SourcePosition(line: Int(startLine), column: Int(startColumn)) }
    /// The end position.
    public var end: SourcePosition { SourcePosition(line: Int(endLine), column: Int(endColumn)) }
}
