/// HTML escaping; every string from a spec or a page passes through here or through cmark-gfm safe mode.
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe in text and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
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
