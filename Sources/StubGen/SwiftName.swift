/// Swift identifiers from arbitrary strings (schema names, property names, enum values, operation ids).
///
/// Every name the generated code declares goes through here, never through a template: words are split on
/// anything that is not an ASCII letter or digit and on lower→upper case changes, joined in camel case,
/// keywords are escaped with backticks, names starting with a digit get a leading underscore and names with
/// no letters or digits at all are spelled out from their characters, so two different inputs rarely meet.
/// Collisions that remain are settled by `NameScope`.
public enum SwiftName {
    /// `UpperCamelCase` for types: `pet-store_v2` → `PetStoreV2`.
    public static func type(_ raw: String) -> String {
        let name = camel(words(raw), upperFirst: true)
        return escape(name, isType: true)
    }

    /// `lowerCamelCase` for properties, methods and enum cases: `Pet-Store` → `petStore`.
    public static func member(_ raw: String) -> String {
        let name = camel(words(raw), upperFirst: false)
        return escape(name, isType: false)
    }

    /// The name without backticks (for building derived names such as `\(name)Item`).
    public static func bare(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }

    /// `name` as an argument label in a call: labels need backticks only for `inout`, `var` and `let`
    /// (escaping others draws a warning).
    static func argumentLabel(_ name: String) -> String {
        let plain = bare(name)
        return ["inout", "var", "let", "_"].contains(plain) ? name : plain
    }

    /// Splits `raw` into words: separators are non-alphanumerics; `fooBar`, `HTTPServer`, `v2Beta` split at
    /// case changes (`foo|Bar`, `HTTP|Server`); digits stay with the word before them.
    static func words(_ raw: String) -> [String] {
        if let ascii = asciiWords(raw) { return ascii }
        var result: [String] = []
        var current: [Character] = []
        var previous: Character?
        let characters = Array(raw)
        for (index, character) in characters.enumerated() {
            guard character.isASCII, character.isLetter || character.isNumber else {
                if !current.isEmpty { result.append(String(current)) }
                current = []
                previous = nil
                continue
            }
            if let last = previous, !current.isEmpty {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = (last.isLowercase || last.isNumber) && character.isUppercase
                // "HTTPServer": the S starts a new word because the r after it is lower case; "IDs" and
                // "URLsFor" keep a plural s with its acronym.
                let pluralS = next == "s" && (index + 2 >= characters.count || !characters[index + 2].isLowercase)
                let acronymEnd =
                    last.isUppercase && character.isUppercase && (next.map { $0.isASCII && $0.isLowercase } ?? false)
                    && !pluralS
                if lowerToUpper || acronymEnd {
                    result.append(String(current))
                    current = []
                }
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { result.append(String(current)) }
        if result.isEmpty && !raw.isEmpty {
            // No letters or digits: spell the characters so "+" and "-" (common enum values) stay distinct.
            result = raw.unicodeScalars.map { spelled[$0] ?? "u\(String($0.value, radix: 16, uppercase: true))" }
        }
        return result
    }

    /// `words` for ASCII input, on bytes (names are almost always ASCII, and this runs for every name).
    private static func asciiWords(_ raw: String) -> [String]? {
        var utf8 = raw.utf8
        let bytes: [UInt8]? = utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(utf8)
        utf8 = raw.utf8
        guard let bytes, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var result: [String] = []
        var start = -1
        for index in bytes.indices {
            let byte = bytes[index]
            guard isLower(byte) || isUpper(byte) || isDigit(byte) else {
                if start >= 0 { result.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                start = -1
                continue
            }
            if start >= 0, index > start {
                let last = bytes[index - 1]
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                let lowerToUpper = (isLower(last) || isDigit(last)) && isUpper(byte)
                let pluralS = next == UInt8(ascii: "s") && (index + 2 >= bytes.count || !isLower(bytes[index + 2]))
                let acronymEnd = isUpper(last) && isUpper(byte) && next.map(isLower) == true && !pluralS
                if lowerToUpper || acronymEnd {
                    result.append(String(decoding: bytes[start..<index], as: UTF8.self))
                    start = index
                }
            }
            if start < 0 { start = index }
        }
        if start >= 0 { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return result.isEmpty && !raw.isEmpty ? nil : result
    }

    private static let spelled: [Unicode.Scalar: String] = [
        "+": "plus", "-": "minus", "*": "star", "/": "slash", ".": "dot", "=": "equals", "<": "less",
        ">": "greater", "!": "bang", "?": "question", "@": "at", "#": "hash", "$": "dollar", "%": "percent",
        "&": "and", "|": "pipe", "~": "tilde", "^": "caret", ":": "colon", ",": "comma", " ": "space",
        "_": "underscore",
    ]

    private static func camel(_ words: [String], upperFirst: Bool) -> String {
        var name = ""
        for (index, word) in words.enumerated() {
            if index == 0 && !upperFirst {
                // Keep an all-caps first word readable: "URL" → "url", "IDs" → "ids".
                name += word.lowercased()
            } else {
                name += word.prefix(1).uppercased() + word.dropFirst()
            }
        }
        return name
    }

    private static func escape(_ name: String, isType: Bool) -> String {
        guard let first = name.first else { return "_empty" }
        if first.isNumber { return "_" + name }
        if isType {
            return reservedTypeNames.contains(name) || name.hasPrefix("Specc") ? name + "_" : name
        }
        if name == "self" || name == "Type" || name == "Protocol" || name == "init" { return name + "_" }
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// Swift keywords that need backticks as member names.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw",
        "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "super", "throws", "true", "try",
        "_", "some", "any", "package", "consume", "borrowing", "consuming", "copy", "discard", "each",
    ]

    /// Type names the generated code itself uses unqualified, or that cannot name a type.
    static let reservedTypeNames: Set<String> = [
        "Type", "Protocol", "Self", "Any", "Schemas", "Operations", "Webhooks", "Client", "APIProtocol",
        "WebhooksProtocol", "Callbacks", "CallbacksProtocol", "Swift", "Foundation", "OpenAPIRuntime", "HTTPTypes", "Never",
    ]
}
