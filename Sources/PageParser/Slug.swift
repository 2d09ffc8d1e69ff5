/// Turns heading text and names into URL-safe anchors.
public enum Slug {
    /// Lower-cases `text`, keeps letters, digits, `-` and `_`, turns spaces into `-` and drops the rest
    /// (GitHub's rule, so anchors users already know keep working). Empty input gives `section`.
    public static func make(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                result.append(character)
            } else if character == " " {
                result.append("-")
            }
        }
        return result.isEmpty ? "section" : result
    }
}

/// Hands out anchors unique within one page: the second `intro` becomes `intro-2`.
public struct AnchorSet: Sendable {
    private var used: Set<String> = []

    /// Creates an empty set.
    public init() {}

    /// A unique anchor for `text`.
    public mutating func anchor(for text: String) -> String {
        unique(Slug.make(text))
    }

    /// `base` itself when unused, else `base-2`, `base-3`...
    public mutating func unique(_ base: String) -> String {
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
