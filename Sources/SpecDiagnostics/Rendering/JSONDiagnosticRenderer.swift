import Foundation

/// Renders findings as one JSON document, for scripts:
///
/// ```
/// {"findings":[{"code":"unresolved-ref","column":13,"endColumn":40,"endLine":42,"file":"spec/openapi.yaml",
///   "line":42,"message":"...","method":null,"notes":[],"path":null,"severity":"error"}],
///  "summary":{"errors":1,"infos":0,"warnings":0}}
/// ```
///
/// (shown wrapped; the output is one compact line with sorted keys, see `JSONText`). Every finding has every
/// key: `code` is the id, `severity` is `error`, `warning` or `info`; `file`, `line`, `column`, `endLine`
/// and `endColumn` are null when the finding has no location; `method` (upper case) and `path` are null
/// when it concerns no operation. Each note is `{"message","file","line","column"}`, the location keys
/// null when the note has none. Lines and columns are 1-based, columns in UTF-8 bytes like the text output,
/// `endColumn` exclusive. Findings keep the order given.
public struct JSONDiagnosticRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The JSON document for `diagnostics`, ending in a newline.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        let summary = DiagnosticSummary(diagnostics)
        let document: [String: Any] = [
            "findings": diagnostics.map(Self.finding),
            "summary": ["errors": summary.errors, "warnings": summary.warnings, "infos": summary.infos],
        ]
        return JSONText.encode(document)
    }

    private static func finding(_ diagnostic: Diagnostic) -> [String: Any] {
        let range = diagnostic.range
        return [
            "code": diagnostic.id.rawValue,
            "severity": diagnostic.severity.rawValue,
            "message": diagnostic.message,
            "file": JSONText.orNull(range?.file),
            "line": JSONText.orNull(range?.start.line),
            "column": JSONText.orNull(range?.start.column),
            "endLine": JSONText.orNull(range?.end.line),
            "endColumn": JSONText.orNull(range?.end.column),
            "method": JSONText.orNull(diagnostic.operation?.method),
            "path": JSONText.orNull(diagnostic.operation?.path),
            "notes": diagnostic.notes.map(note),
        ]
    }

    private static func note(_ note: Diagnostic.Note) -> [String: Any] {
        [
            "message": note.message,
            "file": JSONText.orNull(note.range?.file),
            "line": JSONText.orNull(note.range?.start.line),
            "column": JSONText.orNull(note.range?.start.column),
        ]
    }
}
