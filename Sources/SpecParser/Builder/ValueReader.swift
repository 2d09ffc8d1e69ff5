import SpecDiagnostics
import SpecModel

/// Typed reads of single values, reporting `invalid-type` (and `invalid-value` for negative counts) at the
/// value. `ObjectReader` uses them for fields; schema keywords, read entry by entry, use them directly.
struct ValueReader {
    let reporter: BuildReporter

    /// A string; other scalars are reported and kept as written, so `version: 1.0` still reads as `1.0`.
    func string(_ value: Node, for subject: Subject) -> Located<String>? {
        guard let scalar = value.scalar else {
            reporter.invalidType("string", for: subject, found: value)
            return nil
        }
        if case .string(let text) = scalar.value { return Located(text, at: value.span) }
        reporter.invalidType("string", for: subject, found: value)
        if case .null = scalar.value { return nil }
        return Located(scalar.text, at: value.span)
    }

    /// A string that must be one of a fixed set (`in`, `style`, `type`): other scalars are reported and dropped,
    /// so the value is not reported a second time as outside the set.
    func token(_ value: Node, for subject: Subject) -> Located<String>? {
        if let text = value.string { return Located(text, at: value.span) }
        reporter.invalidType("string", for: subject, found: value)
        return nil
    }

    /// A boolean.
    func bool(_ value: Node, for subject: Subject) -> Located<Bool>? {
        if case .bool(let flag)? = value.scalar?.value { return Located(flag, at: value.span) }
        reporter.invalidType("boolean", for: subject, found: value)
        return nil
    }

    /// A number.
    func number(_ value: Node, for subject: Subject) -> Located<Double>? {
        switch value.scalar?.value {
        case .int(let number)?: return Located(Double(number), at: value.span)
        case .double(let number)?: return Located(number, at: value.span)
        default:
            reporter.invalidType("number", for: subject, found: value)
            return nil
        }
    }

    /// A non-negative integer (`minLength`, `maxItems`...); `2.0` counts as an integer, as in JSON Schema.
    func count(_ value: Node, for subject: Subject) -> Located<Int>? {
        let number: Int
        switch value.scalar?.value {
        case .int(let int)?: number = Int(int)
        case .double(let double)? where double.rounded() == double && abs(double) < 1e15: number = Int(double)
        default:
            reporter.invalidType("non-negative integer", for: subject, found: value)
            return nil
        }
        guard number >= 0 else {
            reporter.invalidValue(
                "expected a non-negative integer for \(subject.text), found \(number)", at: value.span)
            return nil
        }
        return Located(number, at: value.span)
    }

    /// A mapping node.
    func mapping(_ value: Node, for subject: Subject) -> Node? {
        guard value.isMapping else {
            reporter.invalidType("object", for: subject, found: value)
            return nil
        }
        return value
    }

    /// The items of a sequence.
    func sequence(_ value: Node, for subject: Subject) -> [Node]? {
        guard let items = value.items else {
            reporter.invalidType("array", for: subject, found: value)
            return nil
        }
        return items
    }

    /// A list of strings; items of other types are reported at the item.
    func strings(_ value: Node, named key: String) -> [Located<String>]? {
        guard let items = sequence(value, for: .key(key)) else { return nil }
        return items.compactMap { string($0, for: .item(of: key)) }
    }
}
