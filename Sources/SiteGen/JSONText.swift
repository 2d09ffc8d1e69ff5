import Foundation
import SpecNormalizer

/// JSON text for values shown on the site (enums, defaults, examples); object keys sorted for stable output.
enum JSONText {
    /// One-line JSON.
    static func compact(_ value: JSONValue) -> String {
        write(value, indent: nil, level: 0)
    }

    /// JSON indented by two spaces.
    static func pretty(_ value: JSONValue) -> String {
        write(value, indent: "  ", level: 0)
    }

    /// A number without a needless `.0`.
    static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    private static func write(_ value: JSONValue, indent: String?, level: Int) -> String {
        let newline = indent == nil ? "" : "\n"
        let pad = { (depth: Int) in indent.map { String(repeating: $0, count: depth) } ?? "" }
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let value): return value.isFinite ? Self.number(value) : "null"
        case .string(let text): return quote(text)
        case .array(let items):
            if items.isEmpty { return "[]" }
            let parts = items.map { pad(level + 1) + write($0, indent: indent, level: level + 1) }
            return "[" + newline + parts.joined(separator: "," + (indent == nil ? " " : "\n")) + newline + pad(level) + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let parts = members.keys.sorted().map {
                pad(level + 1) + quote($0) + ": " + write(members[$0]!, indent: indent, level: level + 1)
            }
            return "{" + newline + parts.joined(separator: "," + (indent == nil ? " " : "\n")) + newline + pad(level) + "}"
        }
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
