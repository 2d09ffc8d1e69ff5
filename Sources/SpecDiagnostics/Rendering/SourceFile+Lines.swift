extension SourceFile {
    /// The bytes of a 1-based line without its line break (`\n` or `\r\n`), or nil past the end.
    func lineBytes(_ line: Int) -> ArraySlice<UInt8>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return bytes[start..<end]
    }

    /// Converts a 1-based UTF-8 byte column on `line` to a 1-based UTF-16 code unit column, the unit SARIF
    /// and GitHub count in; nil when the line does not exist.
    ///
    /// Characters up to U+FFFF are one unit, others (emoji) two; an invalid UTF-8 sequence counts as the one
    /// U+FFFD a reader would see. Bytes past the end of the line count one unit each, so an end column just
    /// after the last character stays just after it.
    func utf16Column(line: Int, byteColumn: Int) -> Int? {
        guard let bytes = lineBytes(line) else { return nil }
        let limit = max(byteColumn - 1, 0)
        var units = 0
        var consumed = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        decoding: while consumed < limit {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                // A column inside a character points at that character, so it is not counted.
                guard consumed + encoded.count <= limit else { break decoding }
                consumed += encoded.count
                units += Unicode.UTF8.decode(encoded).value > 0xFFFF ? 2 : 1
            case .error(let length):
                guard consumed + length <= limit else { break decoding }
                consumed += length
                units += 1
            case .emptyInput:
                units += limit - consumed
                break decoding
            }
        }
        return units + 1
    }
}
