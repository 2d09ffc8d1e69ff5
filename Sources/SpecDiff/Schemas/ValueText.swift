import Foundation
import SpecNormalizer

/// How messages print values: strings in single quotes, numbers as written, lists of types joined with "or".
enum ValueText {
    /// `'active'`, `3`, `2.5`, `true`, `null`; lists and objects as compact JSON in quotes.
    static func quoted(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "'\(text)'"
        case .int(let number): String(number)
        case .double(let number): self.number(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .array, .object: "'\(json(value))'"
        }
    }

    /// A number without a fraction when it has none (`5`, `2.5`).
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `'integer'`, `'integer' or 'string'`, or `any type`.
    static func types(_ types: [String]) -> String {
        types.isEmpty ? "any type" : types.map { "'\($0)'" }.joined(separator: " or ")
    }

    /// `'int32'` or `none`.
    static func optional(_ text: String?) -> String { text.map { "'\($0)'" } ?? "none" }

    /// Compact JSON with sorted keys.
    static func json(_ value: JSONValue) -> String {
        switch value {
        case .string(let text):
            let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes]))
            let list = data.map { String(decoding: $0, as: UTF8.self) } ?? "[\"\"]"
            return String(list.dropFirst().dropLast())
        case .array(let items): return "[" + items.map(json).joined(separator: ",") + "]"
        case .object(let members):
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            return "{" + keys.map { json(.string($0)) + ":" + json(members[$0]!) }.joined(separator: ",") + "}"
        default: return quoted(value)
        }
    }
}
