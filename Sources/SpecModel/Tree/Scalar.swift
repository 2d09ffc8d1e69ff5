/// A scalar as written in YAML or JSON, with the value the YAML 1.2 core schema (or JSON) gives it.
public struct Scalar: Hashable, Sendable {
    /// How the scalar was written; quoting decides whether `true` is a boolean or a string.
    public enum Style: UInt8, Hashable, Sendable {
        /// Unquoted (`plain`) in YAML, or a JSON number/literal.
        case plain
        /// Quoted with `'` or `"` (JSON strings are double-quoted).
        case quoted
        /// A `|` or `>` block scalar.
        case block
    }

    /// The typed value of a scalar.
    public enum Value: Hashable, Sendable {
        /// `null`, `~`, or an empty plain scalar.
        case null
        /// `true` or `false`.
        case bool(Bool)
        /// An integer that fits 64 bits.
        case int(Int64)
        /// Any other number (including integers too large for 64 bits).
        case double(Double)
        /// Text.
        case string(String)
    }

    /// The characters as written (after unescaping), without quotes.
    public let text: String
    /// How it was written.
    public let style: Style
    /// The value it resolves to.
    public let value: Value

    /// Creates a scalar and resolves its value: quoted and block scalars are strings; plain ones follow
    /// the YAML 1.2 core schema (`null`, `true`/`false`, decimal, `0o`/`0x` integers, floats, `.inf`, `.nan`).
    public init(text: String, style: Style, tag: String? = nil) {
        self.text = text
        self.style = style
        if let tag, let tagged = Scalar.resolve(text: text, tag: tag) {
            self.value = tagged
        } else if style == .plain {
            self.value = Scalar.resolvePlain(text)
        } else {
            self.value = .string(text)
        }
    }

    /// Creates a scalar with a value already known (the JSON reader knows its types).
    public init(text: String, style: Style, value: Value) {
        self.text = text
        self.style = style
        self.value = value
    }

    /// The string value, when the scalar is text.
    public var string: String? {
        if case .string(let string) = value { return string }
        return nil
    }

    /// A short name of the value's type, as messages print it.
    public var typeName: String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .int: "integer"
        case .double: "number"
        case .string: "string"
        }
    }

    private static func resolve(text: String, tag: String) -> Value? {
        switch tag {
        case "tag:yaml.org,2002:str", "!!str": return .string(text)
        case "tag:yaml.org,2002:null", "!!null": return .null
        case "tag:yaml.org,2002:bool", "!!bool": return resolvePlain(text)
        case "tag:yaml.org,2002:int", "!!int", "tag:yaml.org,2002:float", "!!float": return resolvePlain(text)
        default: return nil
        }
    }

    /// YAML 1.2 core schema resolution of a plain scalar.
    static func resolvePlain(_ text: String) -> Value {
        let utf8 = text.utf8
        guard let first = utf8.first else { return .null }
        // Fast exit: most plain scalars in API documents are words.
        let couldBeSpecial =
            first == UInt8(ascii: "~") || first == UInt8(ascii: "n") || first == UInt8(ascii: "N")
            || first == UInt8(ascii: "t") || first == UInt8(ascii: "T") || first == UInt8(ascii: "f")
            || first == UInt8(ascii: "F") || first == UInt8(ascii: ".") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "+") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
        guard couldBeSpecial else { return .string(text) }
        switch text {
        case "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        if text.hasPrefix("0o"), let value = Int64(text.dropFirst(2), radix: 8) { return .int(value) }
        if text.hasPrefix("0x"), let value = Int64(text.dropFirst(2), radix: 16) { return .int(value) }
        if isDecimalInteger(utf8) {
            if let value = Int64(text) { return .int(value) }
            if let value = Double(text) { return .double(value) }
        }
        if isFloat(utf8), let value = Double(text) { return .double(value) }
        return .string(text)
    }

    /// `[-+]?[0-9]+`
    private static func isDecimalInteger(_ utf8: String.UTF8View) -> Bool {
        var index = utf8.startIndex
        if utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") { index = utf8.index(after: index) }
        guard index != utf8.endIndex else { return false }
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return false }
            index = utf8.index(after: index)
        }
        return true
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    private static func isFloat(_ utf8: String.UTF8View) -> Bool {
        let bytes = Array(utf8)
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == 0x2D || bytes[index] == 0x2B { index += 1 }
        var mantissa = digits()
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2D || bytes[index] == 0x2B { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == bytes.count
    }
}
