/// An RFC 6901 JSON pointer (`/components/schemas/Pet`), as used in `$ref` fragments.
public struct JSONPointer: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The unescaped reference tokens.
    public let tokens: [String]

    /// The pointer to the whole document.
    public static let root = JSONPointer(tokens: [])

    /// Creates a pointer from unescaped tokens.
    public init(tokens: [String]) { self.tokens = tokens }

    /// Parses a pointer as written in a URI fragment: percent-escapes are decoded first, then `~1` → `/`
    /// and `~0` → `~`. Returns nil for text that is not a pointer (it must be empty or start with `/`).
    public init?(fragment: String) {
        guard let decoded = JSONPointer.percentDecode(fragment) else { return nil }
        if decoded.isEmpty {
            self.tokens = []
            return
        }
        guard decoded.hasPrefix("/") else { return nil }
        var tokens: [String] = []
        for raw in decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            var token = String(raw)
            if token.utf8.contains(UInt8(ascii: "~")) {
                // Reject `~` followed by anything but 0 or 1, as RFC 6901 requires.
                var valid = true
                var chars = Array(token)
                var index = 0
                var out = ""
                while index < chars.count {
                    if chars[index] == "~" {
                        guard index + 1 < chars.count, chars[index + 1] == "0" || chars[index + 1] == "1" else {
                            valid = false
                            break
                        }
                        out.append(chars[index + 1] == "0" ? "~" : "/")
                        index += 2
                    } else {
                        out.append(chars[index])
                        index += 1
                    }
                }
                chars = []
                guard valid else { return nil }
                token = out
            }
            tokens.append(token)
        }
        self.tokens = tokens
    }

    /// The pointer one level deeper.
    public func appending(_ token: String) -> JSONPointer { JSONPointer(tokens: tokens + [token]) }

    /// The escaped form (`/paths/~1pets/get`).
    public var description: String {
        var out = ""
        for token in tokens {
            out.append("/")
            for character in token {
                switch character {
                case "~": out.append("~0")
                case "/": out.append("~1")
                default: out.append(character)
                }
            }
        }
        return out
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool { lhs.tokens.lexicographicallyPrecedes(rhs.tokens) }

    /// Decodes `%XX` escapes as UTF-8; nil when an escape is malformed or the bytes are not UTF-8.
    static func percentDecode(_ text: String) -> String? {
        // Byte scan: `String.contains` goes through Foundation when it is imported, far slower on this hot path.
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%") {
                guard utf8.count >= 2, let high = hex(utf8[utf8.startIndex]), let low = hex(utf8[utf8.startIndex + 1])
                else { return nil }
                bytes.append(high << 4 | low)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}

extension Node {
    /// Follows a pointer from this node; nil when a token names nothing.
    public func resolve(_ pointer: JSONPointer) -> Node? {
        var node = self
        for token in pointer.tokens {
            switch node.content {
            case .mapping:
                guard let next = node[token] else { return nil }
                node = next
            case .sequence(let items):
                guard let index = Int(token), index >= 0, index < items.count,
                    token == "0" || !token.hasPrefix("0")
                else { return nil }
                node = items[index]
            case .scalar:
                return nil
            }
        }
        return node
    }
}
