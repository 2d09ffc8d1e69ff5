import SpecDiagnostics

/// One small document and three findings on it that every renderer test prints: one without a location
/// (with a note without one either), one on a line holding non-ASCII text before the key, one with an
/// operation and a located note.
enum RenderingSamples {
    static let path = "spec/openapi.yaml"

    static let source = """
        openapi: 3.1.0
        info: {description: 'café', titel: Pets, version: '1'}
        paths:
          /pets:
            get:
              responses:
                '200':
                  $ref: '#/components/responses/Okay'
        components:
          responses:
            Ok:
              description: ok

        """

    /// A table holding `source` as `path`.
    static func sources() -> SourceFileTable {
        let table = SourceFileTable()
        table.add(SourceFile(path: path, bytes: Array(source.utf8)))
        return table
    }

    /// A table holding one file with `text` as `path`.
    static func sources(_ text: String, path: String = path) -> SourceFileTable {
        let table = SourceFileTable()
        table.add(SourceFile(path: path, bytes: Array(text.utf8)))
        return table
    }

    static func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(
            file: path, start: SourcePosition(line: line, column: column),
            end: SourcePosition(line: endLine, column: endColumn))
    }

    /// No location; a note without one.
    static let noServers = Diagnostic(
        .info, "no-servers", "document has no 'servers'; clients will need a base URL",
        notes: [Diagnostic.Note("add a 'servers' list at the top level")])

    /// `titel` starts at byte column 30 (character 29: `é` is two bytes) and ends before byte column 35.
    static let unknownKey = Diagnostic(
        .warning, "unknown-key", "unknown key 'titel' in 'info', did you mean 'title'?", at: range(2, 30, 2, 35))

    /// The quoted reference on line 8, in `GET /pets`, with a note on line 11.
    static let unresolvedRef = Diagnostic(
        .error, "unresolved-ref", "'#/components/responses/Okay' does not exist", at: range(8, 17, 8, 46),
        notes: [Diagnostic.Note("did you mean 'Ok'? it is defined here", at: range(11, 5, 11, 7))],
        operation: Diagnostic.Operation(method: "GET", path: "/pets"))

    /// The three findings in output order.
    static let all = [noServers, unknownKey, unresolvedRef]
}
