import SpecDiagnostics
import SpecModel

// The byte-level parser behind `JSONReader`: containers and the document.

/// Thrown once the error that ends the read has been emitted.
struct JSONStop: Error {}

// ASCII bytes the parser looks for.
let quote = UInt8(ascii: "\"")
let backslash = UInt8(ascii: "\\")
let openBrace = UInt8(ascii: "{")
let closeBrace = UInt8(ascii: "}")
let openBracket = UInt8(ascii: "[")
let closeBracket = UInt8(ascii: "]")
let comma = UInt8(ascii: ",")
let colon = UInt8(ascii: ":")
let minus = UInt8(ascii: "-")
let plus = UInt8(ascii: "+")
let dot = UInt8(ascii: ".")
let zero = UInt8(ascii: "0")
let nine = UInt8(ascii: "9")
let space = UInt8(ascii: " ")
let tab = UInt8(ascii: "\t")
let newline = UInt8(ascii: "\n")
let carriageReturn = UInt8(ascii: "\r")

struct JSONParser {
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
    /// Every string value of a `$ref` key, in reading order (the loader follows the files they name).
    var references: [String] = []

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
                let entry = Node.Entry(key: nodes[index], value: nodes[index + 1])
                if entry.name == "$ref", let target = entry.value.string { references.append(target) }
                entries.append(entry)
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

}

func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }

/// Letters, digits and `_`: the bytes of a word such as `NaN` that a message quotes whole.
func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || isDigit(byte) || byte == UInt8(ascii: "_")
}

func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case zero...nine: UInt32(byte - zero)
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
}

func hexDigits(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

func hexByte(_ byte: UInt8) -> String { "0x" + hexDigits(UInt32(byte), width: 2) }
