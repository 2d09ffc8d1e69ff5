/// A position in a source file, 1-based.
///
/// `column` counts UTF-8 bytes from the start of the line (the first byte is column 1), the unit compilers
/// print; a line holding `é` before a key puts that key one column further right than its character count.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column in UTF-8 bytes.
    public var column: Int

    /// Creates a position from a 1-based line and a 1-based UTF-8 byte column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A located stretch of a source file, as diagnostics print it.
public struct SourceRange: Hashable, Sendable, Comparable {
    /// The file's path as the user named it (relative to the working directory when it can be).
    public var file: String
    /// Where the range starts (inclusive).
    public var start: SourcePosition
    /// Where the range ends (exclusive).
    public var end: SourcePosition

    /// Creates a range in `file` from `start` to `end`.
    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// Creates an empty range at one position.
    public init(file: String, at position: SourcePosition) {
        self.init(file: file, start: position, end: position)
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.file, lhs.start, lhs.end) < (rhs.file, rhs.start, rhs.end)
    }
}
