import Foundation

/// Compiled `pattern` and `patternProperties` regular expressions, each compiled once.
///
/// Patterns are ECMA-262 in the spec; we compile them with `NSRegularExpression` (ICU), which accepts nearly
/// every pattern found in API documents. A pattern ICU rejects is remembered as nil and its checks are skipped
/// (the `invalid-pattern` rule reports it).
public final class SchemaPatternCache {
    private var compiled: [String: NSRegularExpression?] = [:]

    /// Creates an empty cache.
    public init() {}

    /// The compiled expression, or nil when it does not compile.
    public func regex(_ pattern: String) -> NSRegularExpression? {
        if let cached = compiled[pattern] { return cached }
        let regex = try? NSRegularExpression(pattern: pattern)
        compiled[pattern] = regex
        return regex
    }

    /// Whether `pattern` compiles.
    public func compiles(_ pattern: String) -> Bool { regex(pattern) != nil }

    /// Whether `text` contains a match of `pattern` (patterns are not anchored); nil when it does not compile.
    public func matches(_ pattern: String, _ text: String) -> Bool? {
        guard let regex = regex(pattern) else { return nil }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
