/// A server URL template (`https://{region}.example.com:{port}/v1`) split into text and `{variable}`
/// placeholders, and the checks that make the expanded URL a URL.
///
/// (The file name carries the `Schema` prefix this area's support files share; the type is about servers.)
struct ServerURLTemplate {
    /// One part of the template.
    enum Piece: Equatable {
        /// Text written as is.
        case literal(String)
        /// A `{name}` placeholder.
        case variable(String)
    }

    /// The parts in order; after a brace problem, the rest of the text is one literal.
    private(set) var pieces: [Piece] = []
    /// Why the braces do not pair up, when they do not.
    private(set) var braceProblem: String?

    /// Splits a template.
    init(_ text: String) {
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "}" {
                braceProblem = "'}' has no matching '{'"
            } else if character == "{" {
                let rest = text[text.index(after: index)...]
                guard let close = rest.firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}" else {
                    braceProblem = "'{' is not closed"
                    literal += text[index...]
                    break
                }
                let name = String(rest[..<close])
                if name.isEmpty { braceProblem = "'{}' names no variable" }
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(.variable(name))
                index = text.index(after: close)
                continue
            }
            literal.append(character)
            index = text.index(after: index)
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
    }

    /// The placeholder names, in order of first use.
    var variableNames: [String] {
        var seen: Set<String> = []
        return pieces.compactMap { piece in
            guard case .variable(let name) = piece, !name.isEmpty, seen.insert(name).inserted else { return nil }
            return name
        }
    }

    /// The URL with each placeholder replaced by `values[name]`, or by `fallback` when it has none.
    func expanded(_ values: [String: String], fallback: String = "0") -> String {
        pieces.map { piece in
            switch piece {
            case .literal(let text): text
            case .variable(let name): values[name] ?? fallback
            }
        }.joined()
    }

    /// Why `url` (already expanded) is neither an absolute URL nor a relative reference (RFC 3986), or nil.
    /// Characters outside ASCII are accepted (IRIs); everything else must be a URI character or `%XX`.
    static func urlProblem(_ url: String) -> String? {
        let bytes = Array(url.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "): return "it contains a space"
            case 0x00..<0x20, 0x7F: return "it contains a control character"
            case UInt8(ascii: "%"):
                guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2])
                else { return "'%' is not followed by two hexadecimal digits" }
                index += 3
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
                UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
                return "it contains '\(Character(Unicode.Scalar(byte)))'"
            default: break
            }
            index += 1
        }
        return authorityProblem(url)
    }

    /// Checks the host and port of a URL with a scheme and `//`.
    private static func authorityProblem(_ url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        let rest = url[url.index(after: colon)...]
        guard rest.hasPrefix("//") else { return nil }
        let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? authority[...]
        var host = hostAndPort[...]
        var port: Substring?
        if hostAndPort.hasPrefix("[") {
            guard let close = hostAndPort.firstIndex(of: "]") else { return "'[' in the host is not closed" }
            host = hostAndPort[...close]
            let after = hostAndPort[hostAndPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return "unexpected text after the IPv6 host" }
                port = after.dropFirst()
            }
        } else if let portColon = hostAndPort.lastIndex(of: ":") {
            host = hostAndPort[..<portColon]
            port = hostAndPort[hostAndPort.index(after: portColon)...]
        }
        if let port, !port.allSatisfy({ $0.isASCII && $0.isNumber }) { return "port '\(port)' is not a number" }
        let needsHost = ["http", "https", "ws", "wss"].contains(scheme.lowercased())
        if needsHost && host.isEmpty { return "'\(scheme)' URL has no host" }
        return nil
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}
