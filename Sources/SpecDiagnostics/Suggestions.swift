/// "Did you mean" suggestions by edit distance.
public enum Suggestions {
    /// The candidate closest to `word` when it is within `maxDistance` edits (default: 2, or 1 for short words).
    public static func closest(to word: String, in candidates: some Sequence<String>, maxDistance: Int? = nil) -> String? {
        let limit = maxDistance ?? (word.count <= 4 ? 1 : 2)
        var best: (String, Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(word, candidate, limit: limit)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// Levenshtein distance over characters, giving up (returning `limit + 1`) once it must exceed `limit`.
    public static func editDistance(_ lhs: String, _ rhs: String, limit: Int = .max) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if abs(a.count - b.count) > limit { return limit &+ 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit &+ 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
