import SpecDiagnostics
import SpecModel

/// Reads strict RFC 8259 JSON into the same located `Node` tree the YAML reader builds.
///
/// We parse the bytes ourselves rather than use Foundation's `JSONSerialization` (which drops source
/// positions) or libyaml (which rejects valid JSON such as `\/` escapes and keys longer than 1024 characters).
/// The reader works over the raw buffer: line and column come from a line start it tracks while skipping
/// white space, strings are made from byte slices (escapes take a slower path through a scratch buffer), and
/// nesting uses an explicit stack, so depth costs heap rather than native stack.
///
/// Objects become mappings whose keys are quoted scalars, arrays become sequences, strings quoted scalars,
/// and numbers and `true`/`false`/`null` plain scalars with their value already resolved (an integer literal
/// that fits 64 bits is `.int`, any other number `.double`). Columns count UTF-8 bytes; a leading byte order
/// mark is skipped and, as in the YAML reader, does not count towards line 1's columns.
///
/// The first syntax error is reported as one `invalid-json` finding and stops the read (the result is nil).
/// Duplicate keys are reported as `duplicate-key` and reading goes on.
public struct JSONReader {
    /// The file being read.
    public let file: SourceFile
    /// Its id in the run's table.
    public let fileID: FileID
    /// Bounds to enforce.
    public let limits: ReaderLimits

    /// Creates a reader.
    public init(file: SourceFile, fileID: FileID, limits: ReaderLimits = .default) {
        self.file = file
        self.fileID = fileID
        self.limits = limits
    }

    /// Parses the file. Problems go to `sink`; the result is nil when the file is not valid JSON.
    public func read(into sink: any DiagnosticSink) -> Node? {
        file.bytes.withUnsafeBufferPointer { buffer -> Node? in
            var parser = JSONParser(
                bytes: buffer, path: file.path, fileID: fileID, maxDepth: limits.maxDepth, sink: sink)
            do {
                return try parser.parseDocument()
            } catch {
                return nil
            }
        }
    }
}

/// Thrown once the error that ends the read has been emitted.
private struct JSONStop: Error {}

// ASCII bytes the parser looks for.
private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")
private let openBrace = UInt8(ascii: "{")
private let closeBrace = UInt8(ascii: "}")
private let openBracket = UInt8(ascii: "[")
private let closeBracket = UInt8(ascii: "]")
private let comma = UInt8(ascii: ",")
private let colon = UInt8(ascii: ":")
private let minus = UInt8(ascii: "-")
private let plus = UInt8(ascii: "+")
private let dot = UInt8(ascii: ".")
private let zero = UInt8(ascii: "0")
private let nine = UInt8(ascii: "9")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

private struct JSONParser {
    /// An open object or array.
    struct Frame {
        /// Object (`nodes` holds key, value, key, value...) or array (`nodes` holds items).
        let isObject: Bool
        /// Where this container's nodes start in `nodes`.
        let base: Int
        /// Where the opening bracket is.
        let line: UInt32
        let column: UInt32
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    let path: String
    let fileID: FileID
    let maxDepth: Int
    let sink: any DiagnosticSink

    /// The next byte to read.
    var offset = 0
    /// 1-based number of the line `offset` is on.
    var line = 1
    /// Byte offset at which that line starts (columns are `offset - lineStart + 1`).
    var lineStart = 0
    /// Open containers, innermost last.
    var frames: [Frame] = []
    /// Finished children of the open containers, shared by all of them.
    var nodes: [Node] = []
    /// Bytes of a string being unescaped.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, path: String, fileID: FileID, maxDepth: Int, sink: any DiagnosticSink) {
        self.bytes = bytes
        self.end = bytes.count
        self.path = path
        self.fileID = fileID
        self.maxDepth = maxDepth
        self.sink = sink
        nodes.reserveCapacity(256)
    }

    // MARK: Document and containers

    mutating func parseDocument() throws(JSONStop) -> Node {
        if end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            offset = 3
            lineStart = 3
        }
        skipWhitespace()
        let root = try parseValue()
        skipWhitespace()
        if offset < end {
            try fail("expected end of input after the JSON value, found \(describe(offset))", at: offset)
        }
        return root
    }

    /// Reads one value (with everything nested in it) starting at `offset`, after white space.
    mutating func parseValue() throws(JSONStop) -> Node {
        valueLoop: while true {
            guard offset < end else { try fail("expected a value, found end of input", at: offset) }
            var node: Node
            switch bytes[offset] {
            case openBrace:
                try open(isObject: true)
                skipWhitespace()
                if offset < end && bytes[offset] == closeBrace {
                    offset += 1
                    node = close()
                } else {
                    try readKey(afterComma: false)
                    continue valueLoop
                }
            case openBracket:
                try open(isObject: false)
                skipWhitespace()
                if offset < end && bytes[offset] == closeBracket {
                    offset += 1
                    node = close()
                } else {
                    continue valueLoop
                }
            case quote:
                node = try readString()
            case minus, zero...nine:
                node = try readNumber()
            case UInt8(ascii: "t"):
                node = try readLiteral("true", .bool(true))
            case UInt8(ascii: "f"):
                node = try readLiteral("false", .bool(false))
            case UInt8(ascii: "n"):
                node = try readLiteral("null", .null)
            default:
                try fail("expected a value, found \(describe(offset))", at: offset)
            }

            // The value is complete: attach it to the open container, closing containers as they end.
            while true {
                guard let frame = frames.last else { return node }
                nodes.append(node)
                skipWhitespace()
                guard offset < end else {
                    try fail(
                        frame.isObject
                            ? "expected ',' or '}' after an object member, found end of input"
                            : "expected ',' or ']' after an array item, found end of input", at: offset)
                }
                let byte = bytes[offset]
                if byte == comma {
                    offset += 1
                    skipWhitespace()
                    if frame.isObject {
                        try readKey(afterComma: true)
                    } else if offset < end && bytes[offset] == closeBracket {
                        try fail("expected a value after ',', found ']'", at: offset)
                    }
                    continue valueLoop
                }
                if frame.isObject {
                    guard byte == closeBrace else {
                        try fail("expected ',' or '}' after an object member, found \(describe(offset))", at: offset)
                    }
                } else {
                    guard byte == closeBracket else {
                        try fail("expected ',' or ']' after an array item, found \(describe(offset))", at: offset)
                    }
                }
                offset += 1
                node = close()
            }
        }
    }

    /// Opens the container whose bracket is at `offset` and steps past the bracket.
    mutating func open(isObject: Bool) throws(JSONStop) {
        if frames.count >= maxDepth {
            try fail("nesting is deeper than \(maxDepth) levels", at: offset, id: "nesting-too-deep")
        }
        frames.append(Frame(isObject: isObject, base: nodes.count, line: u32(line), column: u32(column(offset))))
        offset += 1
    }

    /// Closes the innermost container; `offset` is just past its closing bracket.
    mutating func close() -> Node {
        let frame = frames.removeLast()
        let span = SourceSpan(
            file: fileID, startLine: frame.line, startColumn: frame.column, endLine: u32(line),
            endColumn: u32(column(offset)))
        let count = nodes.count - frame.base
        if frame.isObject {
            var entries: [Node.Entry] = []
            entries.reserveCapacity(count / 2)
            var index = frame.base
            while index < nodes.count {
                entries.append(Node.Entry(key: nodes[index], value: nodes[index + 1]))
                index += 2
            }
            nodes.removeLast(count)
            reportDuplicateKeys(entries)
            return Node(mapping: entries, span: span)
        }
        let items = Array(nodes[frame.base...])
        nodes.removeLast(count)
        return Node(sequence: items, span: span)
    }

    /// Reads `"key"` and `:` and the white space after it, leaving `offset` at the member's value.
    mutating func readKey(afterComma: Bool) throws(JSONStop) {
        guard offset < end && bytes[offset] == quote else {
            try fail(
                afterComma
                    ? "expected a string key after ',', found \(describe(offset))"
                    : "expected a string key or '}', found \(describe(offset))", at: offset)
        }
        nodes.append(try readString())
        skipWhitespace()
        guard offset < end && bytes[offset] == colon else {
            try fail("expected ':' after the key, found \(describe(offset))", at: offset)
        }
        offset += 1
        skipWhitespace()
    }

    // MARK: Scalars

    /// Reads the string whose opening quote is at `offset`.
    mutating func readString() throws(JSONStop) -> Node {
        let startLine = u32(line)
        let startColumn = u32(column(offset))
        let contentStart = offset + 1
        var index = contentStart
        // Fast path: no escapes, so the string is a slice of the input.
        while true {
            guard index < end else {
                try fail("expected '\"' to close the string, found end of input", at: index)
            }
            let byte = bytes[index]
            if byte == quote { break }
            if byte == backslash {
                return try readEscapedString(
                    contentStart: contentStart, escapeAt: index, startLine: startLine, startColumn: startColumn)
            }
            if byte < 0x20 { try failControl(at: index) }
            if byte >= 0x80 {
                index = try skipUTF8(at: index)
            } else {
                index += 1
            }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]), as: UTF8.self)
        offset = index + 1
        return stringNode(text, startLine: startLine, startColumn: startColumn)
    }

    /// The slow path of `readString`, from the first backslash on.
    mutating func readEscapedString(
        contentStart: Int, escapeAt: Int, startLine: UInt32, startColumn: UInt32
    ) throws(JSONStop) -> Node {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<escapeAt]))
        var index = escapeAt
        var runStart = escapeAt
        while true {
            guard index < end else {
                try fail("expected '\"' to close the string, found end of input", at: index)
            }
            let byte = bytes[index]
            if byte == quote { break }
            if byte == backslash {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index = try readEscape(at: index)
                runStart = index
                continue
            }
            if byte < 0x20 { try failControl(at: index) }
            if byte >= 0x80 {
                index = try skipUTF8(at: index)
            } else {
                index += 1
            }
        }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        let text = String(decoding: scratch, as: UTF8.self)
        offset = index + 1
        return stringNode(text, startLine: startLine, startColumn: startColumn)
    }

    /// Appends the character of the escape at `index` (a backslash) to `scratch`; returns the offset after it.
    mutating func readEscape(at index: Int) throws(JSONStop) -> Int {
        guard index + 1 < end else {
            try fail("expected an escape character after '\\', found end of input", at: index + 1)
        }
        let decoded: UInt8
        switch bytes[index + 1] {
        case quote: decoded = quote
        case backslash: decoded = backslash
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = newline
        case UInt8(ascii: "r"): decoded = carriageReturn
        case UInt8(ascii: "t"): decoded = tab
        case UInt8(ascii: "u"):
            return try readUnicodeEscape(at: index)
        default:
            try fail(
                "expected an escape character (one of \"\\/bfnrtu) after '\\', found \(describe(index + 1))",
                at: index + 1)
        }
        scratch.append(decoded)
        return index + 2
    }

    /// Reads `\uXXXX` (and the low half of a surrogate pair) at `index`; returns the offset after it.
    mutating func readUnicodeEscape(at index: Int) throws(JSONStop) -> Int {
        let first = try hex4(at: index + 2)
        var scalar = first
        var next = index + 6
        if first >= 0xD800 && first <= 0xDBFF {
            var low: UInt32?
            if next + 1 < end && bytes[next] == backslash && bytes[next + 1] == UInt8(ascii: "u") {
                let second = try hex4(at: next + 2)
                if second >= 0xDC00 && second <= 0xDFFF { low = second }
            }
            guard let low else {
                try fail("expected a surrogate pair, found a lone high surrogate '\(text(index..<index + 6))'", at: index)
            }
            scalar = 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
            next += 6
        } else if first >= 0xDC00 && first <= 0xDFFF {
            try fail("expected a surrogate pair, found a lone low surrogate '\(text(index..<index + 6))'", at: index)
        }
        appendUTF8(scalar)
        return next
    }

    /// The value of four hex digits at `index`.
    func hex4(at index: Int) throws(JSONStop) -> UInt32 {
        var value: UInt32 = 0
        for position in index..<index + 4 {
            guard position < end, let digit = hexValue(bytes[position]) else {
                try fail("expected four hex digits after '\\u', found \(describe(position))", at: position)
            }
            value = value << 4 | digit
        }
        return value
    }

    mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Steps over the UTF-8 sequence starting at `index` (a byte >= 0x80), rejecting malformed ones.
    func skipUTF8(at index: Int) throws(JSONStop) -> Int {
        guard let length = utf8Length(at: index) else {
            try fail(
                "expected UTF-8 text in the string, found invalid UTF-8 byte \(hexByte(bytes[index]))", at: index)
        }
        return index + length
    }

    func failControl(at index: Int) throws(JSONStop) -> Never {
        let byte = bytes[index]
        if byte == newline || byte == carriageReturn {
            try fail("expected '\"' to close the string, found a line break", at: index)
        }
        try fail("expected a character or an escape sequence in the string, found \(describe(index))", at: index)
    }

    func stringNode(_ text: String, startLine: UInt32, startColumn: UInt32) -> Node {
        Node(
            scalar: Scalar(text: text, style: .quoted, value: .string(text)),
            span: SourceSpan(
                file: fileID, startLine: startLine, startColumn: startColumn, endLine: u32(line),
                endColumn: u32(column(offset))))
    }

    /// Reads the number starting at `offset`: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [-+]? [0-9]+)?`.
    mutating func readNumber() throws(JSONStop) -> Node {
        let start = offset
        var index = offset
        let negative = bytes[index] == minus
        if negative { index += 1 }
        guard index < end && isDigit(bytes[index]) else {
            try fail("expected a digit after '-', found \(describe(index))", at: index)
        }
        var magnitude: UInt64 = 0
        let digitsStart = index
        if bytes[index] == zero {
            index += 1
            if index < end && isDigit(bytes[index]) {
                var last = index
                while last < end && isDigit(bytes[last]) { last += 1 }
                try fail("expected a number without leading zeros, found '\(text(start..<last))'", at: start)
            }
        } else {
            while index < end && isDigit(bytes[index]) {
                // Exact while at most 18 digits; longer integers are parsed from the text below.
                magnitude = magnitude &* 10 &+ UInt64(bytes[index] &- zero)
                index += 1
            }
        }
        let integerDigits = index - digitsStart
        var isInteger = true
        if index < end && bytes[index] == dot {
            isInteger = false
            index += 1
            guard index < end && isDigit(bytes[index]) else {
                try fail("expected a digit after the decimal point, found \(describe(index))", at: index)
            }
            while index < end && isDigit(bytes[index]) { index += 1 }
        }
        if index < end && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            isInteger = false
            index += 1
            if index < end && (bytes[index] == plus || bytes[index] == minus) { index += 1 }
            guard index < end && isDigit(bytes[index]) else {
                try fail("expected a digit in the exponent, found \(describe(index))", at: index)
            }
            while index < end && isDigit(bytes[index]) { index += 1 }
        }
        let text = text(start..<index)
        let value: Scalar.Value
        if isInteger && integerDigits <= 18 {
            value = .int(negative ? -Int64(magnitude) : Int64(magnitude))
        } else if isInteger, let integer = Int64(text) {
            value = .int(integer)
        } else {
            value = .double(Double(text) ?? .nan)
        }
        let startColumn = u32(column(start))
        offset = index
        return Node(
            scalar: Scalar(text: text, style: .plain, value: value),
            span: SourceSpan(
                file: fileID, startLine: u32(line), startColumn: startColumn, endLine: u32(line),
                endColumn: u32(column(index))))
    }

    /// Reads `true`, `false` or `null` at `offset`.
    mutating func readLiteral(_ word: StaticString, _ value: Scalar.Value) throws(JSONStop) -> Node {
        let length = word.utf8CodeUnitCount
        let matches =
            offset + length <= end
            && (0..<length).allSatisfy { bytes[offset + $0] == word.utf8Start[$0] }
            && !(offset + length < end && isWordByte(bytes[offset + length]))
        guard matches else { try fail("expected a value, found \(describe(offset))", at: offset) }
        let start = offset
        offset += length
        return Node(
            scalar: Scalar(text: word.description, style: .plain, value: value),
            span: SourceSpan(
                file: fileID, startLine: u32(line), startColumn: u32(column(start)), endLine: u32(line),
                endColumn: u32(column(offset))))
    }

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

private func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }

/// Letters, digits and `_`: the bytes of a word such as `NaN` that a message quotes whole.
private func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || isDigit(byte) || byte == UInt8(ascii: "_")
}

private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case zero...nine: UInt32(byte - zero)
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
}

private func hexDigits(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

private func hexByte(_ byte: UInt8) -> String { "0x" + hexDigits(UInt32(byte), width: 2) }
