import SpecDiagnostics
import SpecModel

extension JSONParser {
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
}
