import Foundation

extension SARIFRenderer {
    /// `{"artifactLocation": …, "region": …}` for a range, columns converted to UTF-16 code units.
    static func physicalLocation(_ range: SourceRange, file: SourceFile?) -> [String: Any] {
        ["artifactLocation": artifactLocation(range.file), "region": region(range, file: file)]
    }

    /// The region of `range`; columns only when both lines can be read from `file`.
    static func region(_ range: SourceRange, file: SourceFile?) -> [String: Any] {
        var region: [String: Any] = ["startLine": range.start.line, "endLine": range.end.line]
        if let file,
            let startColumn = file.utf16Column(line: range.start.line, byteColumn: range.start.column),
            let endColumn = file.utf16Column(line: range.end.line, byteColumn: range.end.column)
        {
            region["startColumn"] = startColumn
            region["endColumn"] = endColumn
        }
        return region
    }

    /// A relative path as a URI reference against `%SRCROOT%`; an absolute path as a `file://` URI.
    static func artifactLocation(_ path: String) -> [String: Any] {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: uriPathAllowed) ?? path
        if path.hasPrefix("/") { return ["uri": "file://" + encoded] }
        return ["uri": encoded, "uriBaseId": "%SRCROOT%"]
    }

    /// RFC 3986 unreserved characters, sub-delimiters, `@` and `/`. The colon is encoded: in a relative
    /// reference `a:b.yaml` it would read as a scheme.
    private static let uriPathAllowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=@/")
}
