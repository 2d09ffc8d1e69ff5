/// The source line under a finding or note, with a caret under the start of its range, compiler style:
///
/// ```
///    42 |       $ref: '#/components/schemas/Pett'
///       |             ^~~~~~~~~~~~~~~~~~~~~~~~~~~
/// ```
///
/// The gutter is a three-space indent, the line number right-aligned to `gutterWidth` digits and ` | `. The
/// caret sits under the range's start column; `~` continue up to (not including) its end column when the
/// range ends on the same line, and nothing follows the caret when it ends on a later one. Columns are UTF-8
/// bytes, converted to display columns by `ExcerptLine`, which also expands tabs.
struct SourceExcerpt {
    /// Spaces before the line number.
    static let indent = "   "

    /// Digits of the line-number column; the same for every excerpt of one output so the bars line up.
    let gutterWidth: Int
    /// Colours, or none.
    let style: TerminalStyle

    /// The gutter width that fits the largest line number any excerpt of `diagnostics` shows.
    static func gutterWidth(for diagnostics: [Diagnostic], files: [String: SourceFile]) -> Int {
        var largest = 0
        for diagnostic in diagnostics {
            for range in [diagnostic.range] + diagnostic.notes.map(\.range) {
                guard let range, let file = files[range.file], range.start.line <= file.lineCount else { continue }
                largest = max(largest, range.start.line)
            }
        }
        return String(largest).count
    }

    /// The two excerpt lines for `range`, or none when its start line is not in `file`.
    func lines(for range: SourceRange, in file: SourceFile) -> [String] {
        guard let bytes = file.lineBytes(range.start.line) else { return [] }
        let line = ExcerptLine(bytes: bytes)
        let start = line.displayOffset(ofByteColumn: range.start.column)
        var marker = "^"
        if range.end.line == range.start.line && range.end.column > range.start.column {
            let end = line.displayOffset(ofByteColumn: range.end.column)
            marker += String(repeating: "~", count: max(end - start - 1, 0))
        }
        let number = String(range.start.line)
        let padding = String(repeating: " ", count: max(gutterWidth - number.count, 0))
        let sourceLine =
            Self.indent + style.gutter(padding + number + " |") + (line.text.isEmpty ? "" : " " + line.text)
        let markerLine =
            Self.indent + style.gutter(String(repeating: " ", count: gutterWidth) + " |") + " "
            + String(repeating: " ", count: start) + style.marker(marker)
        return [sourceLine, markerLine]
    }
}
