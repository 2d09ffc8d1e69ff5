/// The bytes of one source file with its line table, used to locate nodes and print excerpts.
public struct SourceFile: Sendable {
    /// The path diagnostics print for this file.
    public let path: String
    /// The file's bytes, as read.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// For each line, whether it holds any byte outside ASCII (then character and byte columns differ).
    private let lineHasNonASCII: [Bool]

    /// Reads the line table of `bytes` in one pass.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        var nonASCII = [false]
        starts.reserveCapacity(bytes.count / 24 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var lineNonASCII = false
            for index in 0..<buffer.count {
                let byte = buffer[index]
                if byte == 0x0A {
                    nonASCII[nonASCII.count - 1] = lineNonASCII
                    starts.append(index + 1)
                    nonASCII.append(false)
                    lineNonASCII = false
                } else if byte >= 0x80 {
                    lineNonASCII = true
                }
            }
            nonASCII[nonASCII.count - 1] = lineNonASCII
        }
        self.lineStarts = starts
        self.lineHasNonASCII = nonASCII
    }

    /// Number of lines (a final line without a newline counts).
    public var lineCount: Int { lineStarts.count }

    /// The one conversion from a parser's 0-based line and 0-based *character* column (libyaml counts
    /// characters) to our 1-based line and 1-based UTF-8 *byte* column.
    public func position(line0: Int, characterColumn0: Int) -> SourcePosition {
        let line = min(max(line0, 0), lineStarts.count - 1)
        guard lineHasNonASCII[line], characterColumn0 > 0 else {
            return SourcePosition(line: line + 1, column: characterColumn0 + 1)
        }
        var offset = lineStarts[line]
        var characters = 0
        let limit = bytes.count
        while offset < limit && characters < characterColumn0 {
            offset += 1
            // Skip UTF-8 continuation bytes so one character advances one column per byte it occupies.
            while offset < limit && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            characters += 1
        }
        return SourcePosition(line: line + 1, column: offset - lineStarts[line] + 1)
    }

    /// The position of a byte offset (1-based line, 1-based byte column).
    public func position(byteOffset: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= byteOffset { low = middle } else { high = middle - 1 }
        }
        return SourcePosition(line: low + 1, column: byteOffset - lineStarts[low] + 1)
    }

    /// The text of a 1-based line without its line break, or nil past the end.
    public func lineText(_ line: Int) -> String? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
