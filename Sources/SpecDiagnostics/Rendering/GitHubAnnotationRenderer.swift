/// Renders findings as GitHub Actions workflow commands, which the runner turns into annotations on the
/// pull request:
///
/// ```
/// ::error file=spec/openapi.yaml,line=42,col=13,endLine=42,endColumn=40,title=specc [unresolved-ref]::message
/// ```
///
/// Errors are `::error`, warnings `::warning`, infos `::notice`. `col` and `endColumn` are UTF-16 code
/// units (what GitHub counts), converted from our UTF-8 byte columns using the source line; they are left
/// out when the file is not in the `SourceFileTable` or the range spans several lines (GitHub accepts
/// columns only on a single line). `endColumn` is exclusive, as in every other format. A finding without a
/// location has only `title`. Notes follow the message as `file:line:col: note: …` lines.
///
/// Escaping follows the runner's rules: in the message `%`, `\r` and `\n` become `%25`, `%0D` and `%0A`;
/// in property values `:` and `,` also become `%3A` and `%2C`.
public struct GitHubAnnotationRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// One workflow command per finding, each ending in a newline.
    public func render(_ diagnostics: [Diagnostic], sources: SourceFileTable) -> String {
        var files: [String: SourceFile] = [:]
        for file in sources.all where files[file.path] == nil { files[file.path] = file }
        return diagnostics.map { command(for: $0, files: files) + "\n" }.joined()
    }

    private func command(for diagnostic: Diagnostic, files: [String: SourceFile]) -> String {
        var properties: [(String, String)] = []
        if let range = diagnostic.range {
            let file = files[range.file]
            properties.append(("file", range.file))
            properties.append(("line", String(range.start.line)))
            let singleLine = range.start.line == range.end.line
            let startColumn =
                singleLine ? file?.utf16Column(line: range.start.line, byteColumn: range.start.column) : nil
            let endColumn = singleLine ? file?.utf16Column(line: range.end.line, byteColumn: range.end.column) : nil
            if let startColumn, endColumn != nil { properties.append(("col", String(startColumn))) }
            properties.append(("endLine", String(range.end.line)))
            if let endColumn, startColumn != nil { properties.append(("endColumn", String(endColumn))) }
        }
        properties.append(("title", "specc [\(diagnostic.id.rawValue)]"))
        let list = properties.map { "\($0.0)=\(Self.escape($0.1, property: true))" }.joined(separator: ",")
        let text = Self.escape(Self.message(diagnostic), property: false)
        return "::\(Self.command(diagnostic.severity)) \(list)::\(text)"
    }

    /// The annotation text: the message, then each note in its `formatted` form.
    private static func message(_ diagnostic: Diagnostic) -> String {
        let lines = [diagnostic.message] + diagnostic.notes.map(diagnostic.formattedNote)
        return lines.joined(separator: "\n")
    }

    private static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// Escapes a message (`property: false`: `%`, `\r`, `\n`) or a property value (also `:` and `,`).
    static func escape(_ text: String, property: Bool) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            case ":" where property: escaped += "%3A"
            case "," where property: escaped += "%2C"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
