/// HTML escaping; every string from a spec or a page passes through here or through cmark-gfm safe mode.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe in text and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        // Over UTF-8 bytes (the five characters are ASCII and never part of a multi-byte sequence); most text
        // has none of them and is returned as it is.
        let utf8 = text.utf8
        let special: (UInt8) -> Bool = {
            $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"")
                || $0 == UInt8(ascii: "'")
        }
        guard utf8.contains(where: special) else {
            return text
        }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): result.append(contentsOf: "&#39;".utf8)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Renders a spec description (CommonMark) to safe HTML; empty for nil or blank text. Relative links are
    /// marked for `DescriptionLinks` to resolve once the page is complete.
    public static func markdown(_ text: String?) -> String {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return "" }
        return DescriptionLinks.mark(MarkdownBridge.render(text))
    }

    /// A file-name-safe form of `name`: ASCII letters, digits, `-`, `_` and `.` kept, anything else `-`.
    public static func fileName(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "-"
            }
        }
        while result.hasPrefix(".") { result.removeFirst() }
        return result.isEmpty ? "item" : result
    }
}
