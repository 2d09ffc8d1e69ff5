import SpecDiagnostics
import SpecModel

/// Reads strict RFC 8259 JSON into the same located `Node` tree the YAML reader builds.
///
/// We parse the bytes ourselves rather than use Foundation's `JSONSerialization` (which drops source
/// positions) or libyaml (which rejects valid JSON such as `\/` escapes and keys longer than 1024 characters).
/// The reader works over the raw buffer: line and column come from a line start it tracks while skipping
/// white space, strings are made from byte slices (escapes take a slower path through a scratch buffer), and
/// nesting uses an explicit stack, so depth costs heap rather than native stack.
///
/// Objects become mappings whose keys are quoted scalars, arrays become sequences, strings quoted scalars,
/// and numbers and `true`/`false`/`null` plain scalars with their value already resolved (an integer literal
/// that fits 64 bits is `.int`, any other number `.double`). Columns count UTF-8 bytes; a leading byte order
/// mark is skipped and, as in the YAML reader, does not count towards line 1's columns.
///
/// The first syntax error is reported as one `invalid-json` finding and stops the read (the result is nil).
/// Duplicate keys are reported as `duplicate-key` and reading goes on.
public struct JSONReader {
    /// The file being read.
    public let file: SourceFile
    /// Its id in the run's table.
    public let fileID: FileID
    /// Bounds to enforce.
    public let limits: ReaderLimits

    /// Creates a reader.
    public init(file: SourceFile, fileID: FileID, limits: ReaderLimits = .default) {
        self.file = file
        self.fileID = fileID
        self.limits = limits
    }

    /// Parses the file. Problems go to `sink`; the result is nil when the file is not valid JSON.
    public func read(into sink: any DiagnosticSink) -> Node? {
        var references: [String] = []
        return read(into: sink, references: &references)
    }

    /// Parses the file and lists the value of every `$ref` key met on the way, so the loader need not walk
    /// the tree again to find the files a document names.
    public func read(into sink: any DiagnosticSink, references: inout [String]) -> Node? {
        file.bytes.withUnsafeBufferPointer { buffer -> Node? in
            var parser = JSONParser(
                bytes: buffer, path: file.path, fileID: fileID, maxDepth: limits.maxDepth, sink: sink)
            defer { references = parser.references }
            do {
                return try parser.parseDocument()
            } catch {
                return nil
            }
        }
    }
}
