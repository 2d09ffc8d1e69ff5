/// A line-based unified diff, bounded in size: `check` shows how a stale file differs from what `build` writes.
///
/// Common leading and trailing lines are trimmed first, then the middle is aligned with a longest common
/// subsequence table. When that table would exceed `maxCells` cells the diff gives up and says how many lines
/// differ, so a regenerated multi-megabyte file cannot stall the run.
public enum LineDiff {
    /// One line of an edit script.
    public struct Step: Hashable, Sendable {
        /// Whether the line is kept, removed from the old text or added by the new one.
        public enum Kind: Hashable, Sendable { case same, removed, added }
        /// The kind.
        public var kind: Kind
        /// The line, without its newline.
        public var line: Substring
        /// 0-based index of the line in the old text (for `added`, where it is inserted).
        public var oldIndex: Int
        /// 0-based index of the line in the new text (for `removed`, where it was).
        public var newIndex: Int
    }

    /// Largest alignment table `edits` builds (lines differing in the old text × in the new one).
    public static let defaultMaxCells = 4_000_000

    /// The lines of `text`, without their `\n`; a final newline does not make an empty last line.
    public static func lines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// A shortest edit script turning `old` into `new` (removals before additions at each change), or nil when
    /// the differing middle is larger than `maxCells`.
    public static func edits(_ old: [Substring], _ new: [Substring], maxCells: Int = defaultMaxCells) -> [Step]? {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = old[prefix..<(old.count - suffix)]
        let b = new[prefix..<(new.count - suffix)]
        guard a.count * b.count <= maxCells else { return nil }
        var steps: [Step] = []
        steps.reserveCapacity(prefix + suffix + a.count + b.count)
        for index in 0..<prefix { steps.append(Step(kind: .same, line: old[index], oldIndex: index, newIndex: index)) }
        // table[i * width + j]: length of the longest common subsequence of a[i...] and b[j...].
        let width = b.count + 1
        var table = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] =
                    a[prefix + i] == b[prefix + j]
                    ? table[(i + 1) * width + j + 1] + 1 : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[prefix + i] == b[prefix + j] {
                steps.append(Step(kind: .same, line: a[prefix + i], oldIndex: prefix + i, newIndex: prefix + j))
                i += 1
                j += 1
            } else if j == b.count || (i < a.count && table[(i + 1) * width + j] >= table[i * width + j + 1]) {
                steps.append(Step(kind: .removed, line: a[prefix + i], oldIndex: prefix + i, newIndex: prefix + j))
                i += 1
            } else {
                steps.append(Step(kind: .added, line: b[prefix + j], oldIndex: prefix + i, newIndex: prefix + j))
                j += 1
            }
        }
        for offset in 0..<suffix {
            let oldIndex = old.count - suffix + offset
            steps.append(
                Step(kind: .same, line: old[oldIndex], oldIndex: oldIndex, newIndex: new.count - suffix + offset))
        }
        return steps
    }

    /// A unified diff from `old` to `new`: `---`/`+++` headers, then hunks with `context` lines around each
    /// change, at most `maxLines` hunk lines followed by `... N more lines`. Empty when the texts are equal.
    public static func unified(
        old: String, new: String, oldLabel: String, newLabel: String, context: Int = 3, maxLines: Int = 20,
        maxCells: Int = defaultMaxCells
    ) -> String {
        guard old != new else { return "" }
        let header = "--- \(oldLabel)\n+++ \(newLabel)\n"
        let oldLines = lines(old)
        let newLines = lines(new)
        guard let steps = edits(oldLines, newLines, maxCells: maxCells) else {
            let same = zip(oldLines, newLines).prefix { $0 == $1 }.count
            let trailing = zip(oldLines.reversed(), newLines.reversed()).prefix { $0 == $1 }.count
            let differing = max(oldLines.count, newLines.count) - same - trailing
            return header + "\(differing) lines differ (too many to show)\n"
        }
        var body = hunks(steps, context: context)
        if body.isEmpty { body = ["files differ only in the final newline"] }
        var text = header
        for line in body.prefix(maxLines) { text += line + "\n" }
        if body.count > maxLines { text += "... \(body.count - maxLines) more lines\n" }
        return text
    }

    /// The hunk lines (`@@` headers included) of an edit script.
    static func hunks(_ steps: [Step], context: Int) -> [String] {
        let changes = steps.indices.filter { steps[$0].kind != .same }
        guard !changes.isEmpty else { return [] }
        // Group changes whose context windows touch, as diff -u does.
        var groups: [ClosedRange<Int>] = []
        for index in changes {
            let window = max(0, index - context)...min(steps.count - 1, index + context)
            if let last = groups.last, window.lowerBound <= last.upperBound + 1 {
                groups[groups.count - 1] = last.lowerBound...window.upperBound
            } else {
                groups.append(window)
            }
        }
        var lines: [String] = []
        for group in groups {
            let slice = steps[group]
            let oldCount = slice.filter { $0.kind != .added }.count
            let newCount = slice.filter { $0.kind != .removed }.count
            let first = steps[group.lowerBound]
            // An empty side names the line before it, as unified diffs do.
            let oldStart = oldCount == 0 ? first.oldIndex : first.oldIndex + 1
            let newStart = newCount == 0 ? first.newIndex : first.newIndex + 1
            lines.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for step in slice {
                let mark = step.kind == .same ? " " : step.kind == .removed ? "-" : "+"
                lines.append(mark + step.line)
            }
        }
        return lines
    }
}
