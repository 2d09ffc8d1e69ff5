import SpecDiagnostics
import SpecModel

/// Loads a document and every file its `$ref`s name, breadth first, each file once.
///
/// Files are loaded for every `$ref` string the readers met anywhere in a tree (including inside `x-`
/// extensions, which DigitalOcean uses for code samples). A file that cannot be read is remembered, not reported here: the
/// builder reports it at each reference that matters, with the reason.
public struct DocumentLoader {
    /// Bounds to enforce.
    public var limits: ReaderLimits
    /// Where bytes come from.
    public var reader: any SourceReader

    /// Creates a loader.
    public init(reader: any SourceReader, limits: ReaderLimits = .default) {
        self.reader = reader
        self.limits = limits
    }

    /// Loads `rootPath` and everything it references. The root path is normalized (`./a/../b.yaml` → `b.yaml`)
    /// and printed in diagnostics as normalized.
    public func load(_ rootPath: String, into sink: any DiagnosticSink) -> DocumentSet {
        let sources = SourceFileTable()
        var files: [LoadedFile] = []
        var failures: [String: String] = [:]
        var queued: Set<String> = []
        var queue: [String] = [DocumentSet.normalize(rootPath)]
        var totalBytes = 0
        var rootID: FileID?
        queued.insert(queue[0])

        var next = 0
        while next < queue.count {
            let path = queue[next]
            next += 1
            if files.count >= limits.maxFiles {
                sink.emit(
                    Diagnostic(
                        .error, "too-many-files",
                        "the document spans more than \(limits.maxFiles) files; '\(path)' and later files were not read"))
                for rest in queue[(next - 1)...] { failures[rest] = "not read: the file limit was reached" }
                break
            }
            let bytes: [UInt8]
            do {
                bytes = try reader.read(path, maxBytes: min(limits.maxFileBytes, limits.maxTotalBytes - totalBytes))
            } catch {
                let reason: String
                switch error {
                case .notFound: reason = "no such file"
                case .tooLarge(let size):
                    reason = "the file is \(size) bytes, over the limit of \(limits.maxFileBytes) bytes"
                    sink.emit(Diagnostic(.error, "file-too-large", "'\(path)': \(reason)"))
                case .failed(let message): reason = message
                }
                failures[path] = reason
                if rootID == nil {
                    if case .notFound = error {
                        sink.emit(Diagnostic(.error, "unreadable-file", "cannot read '\(path)': no such file"))
                    } else if case .failed(let message) = error {
                        sink.emit(Diagnostic(.error, "unreadable-file", "cannot read '\(path)': \(message)"))
                    }
                    let id = sources.add(SourceFile(path: path, bytes: []))
                    files.append(LoadedFile(id: id, path: path, root: nil))
                    rootID = id
                    break
                }
                continue
            }
            totalBytes += bytes.count
            let source = SourceFile(path: path, bytes: bytes)
            let id = sources.add(source)
            if rootID == nil { rootID = id }
            var references: [String] = []
            let root = DocumentReader.read(source, id: id, limits: limits, into: sink, references: &references)
            files.append(LoadedFile(id: id, path: path, root: root))
            guard root != nil else { continue }
            for reference in DocumentLoader.filePaths(of: references) {
                let target = DocumentSet.resolvePath(reference, relativeTo: path)
                if queued.insert(target).inserted { queue.append(target) }
            }
        }
        return DocumentSet(sources: sources, files: files, rootFile: rootID!, loadFailures: failures)
    }

    /// The distinct file parts of relative references, in first-seen order (`#/...` and remote ones dropped).
    static func filePaths(of references: [String]) -> [String] {
        var found: [String] = []
        var seen: Set<String> = []
        for text in references {
            let path = DocumentSet.split(text).path
            if !path.isEmpty, !DocumentSet.isAbsoluteURI(path), seen.insert(path).inserted { found.append(path) }
        }
        return found
    }
}
