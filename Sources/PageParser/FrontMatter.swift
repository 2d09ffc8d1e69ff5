import SpecDiagnostics

/// The YAML front matter of a page, read with a minimal `key: value` reader.
///
/// Front matter here is flat scalars only (title, path, order, status), so a line reader keeps PageParser free
/// of the YAML front end; it understands plain, single- and double-quoted values and `#` comments.
struct FrontMatter {
    /// One `key: value` line.
    struct Entry {
        var key: String
        var value: String
        var line: Int
        var keyColumn: Int
        var valueColumn: Int
    }

    var entries: [Entry] = []
    /// 0-based index of the first body line (the line after the closing `---`), 0 without front matter.
    var bodyStartLine = 0

    /// Splits `lines` into front matter and body; reports lines that are not `key: value`.
    static func read(lines: [Substring], path: String, into sink: any DiagnosticSink) -> FrontMatter {
        var result = FrontMatter()
        guard lines.first.map({ $0.trimmingTrailingSpace() == "---" }) == true else { return result }
        var index = 1
        while index < lines.count {
            let line = lines[index]
            let lineNumber = index + 1
            index += 1
            let text = line.trimmingTrailingSpace()
            if text == "---" || text == "..." {
                result.bodyStartLine = index
                return result
            }
            let trimmed = text.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = text.firstIndex(of: ":") else {
                let start = SourcePosition(line: lineNumber, column: 1)
                sink.emit(
                    Diagnostic(
                        .warning, "invalid-front-matter", "expected 'key: value' in the front matter",
                        at: SourceRange(file: path, at: start)))
                continue
            }
            let keyStart = text.utf8.count - trimmed.utf8.count
            let key = String(text[text.startIndex..<colon]).trimmingSpace()
            let rawValue = text[text.index(after: colon)...]
            let leading = rawValue.prefix { $0 == " " }.utf8.count
            let valueColumn = text[..<colon].utf8.count + 2 + leading
            result.entries.append(
                Entry(
                    key: key, value: unquote(String(rawValue).trimmingSpace()), line: lineNumber,
                    keyColumn: keyStart + 1, valueColumn: valueColumn))
        }
        // No closing fence: treat the whole file as body rather than swallow it.
        sink.emit(
            Diagnostic(
                .warning, "invalid-front-matter", "front matter has no closing '---'",
                at: SourceRange(file: path, at: SourcePosition(line: 1, column: 1))))
        return FrontMatter()
    }

    private static func unquote(_ value: String) -> String {
        var value = value
        if let hash = value.range(of: " #"), !value.hasPrefix("\""), !value.hasPrefix("'") {
            value = String(value[..<hash.lowerBound]).trimmingSpace()
        }
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}

extension StringProtocol {
    func trimmingTrailingSpace() -> String {
        var text = String(self)
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return text
    }

    func trimmingSpace() -> String {
        String(trimmingTrailingSpace().drop { $0 == " " || $0 == "\t" })
    }
}
