import SpecNormalizer

/// Swift source spellings of values: string literals, numbers, defaults.
enum SwiftLiteral {
    /// A Swift string literal for `text`, escaping quotes, backslashes and control characters.
    static func string(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A Swift literal for a number in a check (`3`, `2.5`); integers print without a fraction.
    static func number(_ value: Double, integer: Bool) -> String {
        if integer, value.rounded() == value, abs(value) < 9.0e15 { return String(Int64(value)) }
        if value.rounded() == value, abs(value) < 9.0e15 { return String(Int64(value)) + ".0" }
        return "\(value)"
    }

    /// Doc-comment lines for `text` (split on newlines, trailing blanks dropped).
    static func doc(_ parts: String?...) -> [String] {
        var lines: [String] = []
        for part in parts {
            guard let part, !part.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines += part.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
                String($0).trimmingTrailingSpaces
            }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return String(text)
    }
}

extension SwiftLiteral {
    /// `expression` with every identifier in `names` that is not already qualified prefixed by `prefix`
    /// (`[Status]` → `[Operations.ListPets.Status]`), for types declared in an operation's namespace and
    /// used from the client and server extensions.
    static func qualify(_ expression: String, names: Set<String>, prefix: String) -> String {
        guard !names.isEmpty else { return expression }
        var result = ""
        var token = ""
        var previous: Character = " "
        func flush() {
            if !token.isEmpty {
                result += (previous != "." && names.contains(token)) ? prefix + token : token
            }
            token = ""
        }
        for character in expression {
            if character.isLetter || character.isNumber || character == "_" || character == "`" {
                if token.isEmpty { previous = result.last ?? " " }
                token.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
