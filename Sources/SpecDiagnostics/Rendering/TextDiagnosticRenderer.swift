/// Renders findings as text, one `Diagnostic.formatted` line per finding and note, optionally with source
/// excerpts, ANSI colours and a summary line.
///
/// Without excerpts and colours the output is exactly the `formatted` lines the rule fixtures hold, each
/// ending in a newline. With `excerpts`, the source line and a caret follow every finding and note whose
/// file is in the `SourceFileTable` (see `SourceExcerpt`). With `summary`, a last line counts the findings
/// (see `DiagnosticSummary.text`). Findings are printed in the order given: callers sort them.
public struct TextDiagnosticRenderer: Sendable {
    /// Print the source line and a caret under each finding and note (the CLI does on a terminal).
    public var excerpts: Bool
    /// Colour the output with ANSI escape codes.
    public var colors: Bool
    /// End with a `2 errors, 1 warning, 0 infos` line.
    public var summary: Bool

    /// Creates a renderer; by default it prints the plain `formatted` lines only.
    public init(excerpts: Bool = false, colors: Bool = false, summary: Bool = false) {
        self.excerpts = excerpts
        self.colors = colors
        self.summary = summary
    }

    /// The text for `diagnostics`, every line ending in a newline; empty when there is nothing to print.
    public func render(_ diagnostics: [Diagnostic], sources: SourceFileTable) -> String {
        let style = colors ? TerminalStyle.ansi : TerminalStyle.plain
        var files: [String: SourceFile] = [:]
        if excerpts {
            for file in sources.all where files[file.path] == nil { files[file.path] = file }
        }
        let excerpt = SourceExcerpt(
            gutterWidth: SourceExcerpt.gutterWidth(for: diagnostics, files: files), style: style)
        var lines: [String] = []
        for diagnostic in diagnostics {
            lines.append(
                Self.colored(
                    diagnostic.formattedHeader, label: "\(diagnostic.severity.rawValue)[\(diagnostic.id.rawValue)]",
                    message: diagnostic.message, style: style
                ) { style.label($0, severity: diagnostic.severity) })
            if let range = diagnostic.range, let file = files[range.file] {
                lines += excerpt.lines(for: range, in: file)
            }
            for note in diagnostic.notes {
                let noteLine = diagnostic.formattedNote(note)
                lines.append(
                    Self.colored(noteLine, label: "note", message: note.message, style: style, style.noteLabel))
                if let range = note.range, let file = files[range.file] {
                    lines += excerpt.lines(for: range, in: file)
                }
            }
        }
        if summary {
            lines.append(DiagnosticSummary(diagnostics).text)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Colours a `prefix label: message` line: bold location, coloured label, bold message. The line is
    /// left as it is when colours are off or it does not have that shape.
    private static func colored(
        _ line: String, label: String, message: String, style: TerminalStyle, _ colorLabel: (String) -> String
    ) -> String {
        let tail = label + ": " + message
        let count = tail.utf8.count
        guard style.enabled, line.utf8.count >= count, line.utf8.suffix(count).elementsEqual(tail.utf8) else {
            return line
        }
        let prefix = String(decoding: line.utf8.prefix(line.utf8.count - count), as: UTF8.self)
        return style.location(prefix) + colorLabel(label) + style.message(": " + message)
    }
}
