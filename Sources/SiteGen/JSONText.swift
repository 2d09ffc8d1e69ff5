import Foundation
import SpecNormalizer

/// JSON text for values shown on the site (enums, defaults, examples); object keys sorted for stable output.
enum JSONText {
    /// One-line JSON.
    static func compact(_ value: JSONValue) -> String {
        var output = ""
        write(value, pretty: false, level: 0, into: &output)
        return output
    }

    /// JSON indented by two spaces.
    static func pretty(_ value: JSONValue) -> String {
        var output = ""
        write(value, pretty: true, level: 0, into: &output)
        return output
    }

    /// A number without a needless `.0`.
    static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Appends `value` to one string (examples of large schemas are big; concatenating per level was slow).
    private static func write(_ value: JSONValue, pretty: Bool, level: Int, into output: inout String) {
        func newline(_ depth: Int) {
            guard pretty else { return }
            output += "\n"
            for _ in 0..<depth { output += "  " }
        }
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .double(let value): output += value.isFinite ? Self.number(value) : "null"
        case .string(let text): output += quote(text)
        case .array(let items):
            if items.isEmpty {
                output += "[]"
                return
            }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += pretty ? "," : ", " }
                newline(level + 1)
                write(item, pretty: pretty, level: level + 1, into: &output)
            }
            newline(level)
            output += "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output += pretty ? "," : ", " }
                newline(level + 1)
                output += quote(key)
                output += ": "
                write(members[key]!, pretty: pretty, level: level + 1, into: &output)
            }
            newline(level)
            output += "}"
        }
    }

    static func quote(_ text: String) -> String {
        // Most text needs no escape: no quote, backslash or control character, and no U+2028/U+2029 (whose
        // UTF-8 starts with 0xE2, which this test takes conservatively).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            return "\"" + text + "\""
        }
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
