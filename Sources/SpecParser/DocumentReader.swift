import SpecDiagnostics
import SpecModel

/// Reads one file's bytes as JSON or YAML, choosing by extension and content.
public enum DocumentReader {
    /// Parses `file`. A `.json` file goes through the strict JSON reader; a file whose first byte (after
    /// white space) is `{` or `[` is tried as JSON first and read as YAML when that fails (YAML flow style
    /// looks the same); anything else is YAML.
    public static func read(
        _ file: SourceFile, id: FileID, limits: ReaderLimits, into sink: any DiagnosticSink
    ) -> Node? {
        var references: [String] = []
        return read(file, id: id, limits: limits, into: sink, references: &references)
    }

    /// Parses `file` as above and lists the value of every `$ref` key in it.
    public static func read(
        _ file: SourceFile, id: FileID, limits: ReaderLimits, into sink: any DiagnosticSink,
        references: inout [String]
    ) -> Node? {
        if file.path.lowercased().hasSuffix(".json") {
            return JSONReader(file: file, fileID: id, limits: limits).read(into: sink, references: &references)
        }
        if looksLikeJSON(file.bytes) {
            let attempt = DiagnosticCollector()
            var found: [String] = []
            if let node = JSONReader(file: file, fileID: id, limits: limits).read(into: attempt, references: &found) {
                for diagnostic in attempt.diagnostics { sink.emit(diagnostic) }
                references = found
                return node
            }
        }
        return YAMLReader(file: file, fileID: id, limits: limits).read(into: sink, references: &references)
    }

    private static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }
}
