import SpecDiagnostics
import SpecModel

extension JSONParser {
    // MARK: White space, positions and errors

    mutating func skipWhitespace() {
        while offset < end {
            let byte = bytes[offset]
            if byte == space || byte == tab || byte == carriageReturn {
                offset += 1
            } else if byte == newline {
                offset += 1
                line += 1
                lineStart = offset
            } else {
                return
            }
        }
    }

    /// The 1-based byte column of `index`, which is on the current line (tokens never span lines).
    func column(_ index: Int) -> Int { index - lineStart + 1 }

    func u32(_ value: Int) -> UInt32 { UInt32(clamping: value) }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range.clamped(to: 0..<end)]), as: UTF8.self)
    }

    /// Reports the error that ends the read.
    func fail(_ message: String, at index: Int, id: DiagnosticID = "invalid-json") throws(JSONStop) -> Never {
        let position = SourcePosition(line: line, column: column(index))
        sink.emit(Diagnostic(.error, id, message, at: SourceRange(file: path, at: position)))
        throw JSONStop()
    }

    /// Names what is at `index` for a "found ..." message.
    func describe(_ index: Int) -> String {
        guard index < end else { return "end of input" }
        let byte = bytes[index]
        if isWordByte(byte) {
            var last = index
            while last < end && last - index < 24 && isWordByte(bytes[last]) { last += 1 }
            return "'\(text(index..<last))'"
        }
        switch byte {
        case UInt8(ascii: "/") where index + 1 < end && (bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")):
            return "a comment"
        case UInt8(ascii: "'"):
            return "a single quote"
        case newline, carriageReturn:
            return "a line break"
        case tab:
            return "a tab"
        case 0..<0x20, 0x7F:
            return "control character U+\(hexDigits(UInt32(byte), width: 4))"
        case 0x80...:
            guard let length = utf8Length(at: index) else { return "invalid UTF-8 byte \(hexByte(byte))" }
            return "'\(text(index..<index + length))'"
        default:
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
    }

    /// The length of the well-formed UTF-8 sequence at `index` (Unicode table 3-7), or nil.
    func utf8Length(at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= end else { return nil }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return nil }
        for position in index + 2..<index + length where bytes[position] & 0xC0 != 0x80 { return nil }
        return length
    }

    // MARK: Duplicate keys

    func reportDuplicateKeys(_ entries: [Node.Entry]) {
        guard entries.count > 1 else { return }
        if entries.count <= 8 {
            for index in 1..<entries.count {
                for earlier in 0..<index where entries[earlier].name == entries[index].name {
                    report(entries[index], first: entries[earlier])
                    break
                }
            }
            return
        }
        var seen = [String: Int](minimumCapacity: entries.count)
        for (index, entry) in entries.enumerated() {
            if let earlier = seen[entry.name] {
                report(entry, first: entries[earlier])
            } else {
                seen[entry.name] = index
            }
        }
    }

    func report(_ duplicate: Node.Entry, first: Node.Entry) {
        sink.emit(
            Diagnostic(
                .error, "duplicate-key", "duplicate key '\(duplicate.name)'",
                at: SourceRange(file: path, start: duplicate.key.span.start, end: duplicate.key.span.end),
                notes: [
                    .init(
                        "'\(first.name)' first appears here",
                        at: SourceRange(file: path, start: first.key.span.start, end: first.key.span.end))
                ]))
    }
}
