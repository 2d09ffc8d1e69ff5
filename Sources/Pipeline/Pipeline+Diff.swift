import Foundation
import SpecDiagnostics
import SpecDiff
import SpecModel
import SpecNormalizer
import SpecParser
import Synchronization

/// What `diff` produces: the changes, and what reading the two documents reported.
public struct DiffResult: Sendable {
    /// The changes, sorted (breaking first); empty when a document could not be read.
    public var changes: [Change]
    /// The base API, when the base could be read.
    public var baseAPI: API?
    /// The revision API, when the revision could be read.
    public var revisionAPI: API?
    /// Problems met reading either document (paths of a git base carry its `git:REF:` prefix), sorted.
    public var diagnostics: [Diagnostic]
    /// Every file read, under the path output prints for it, for excerpts and SARIF columns.
    public var sources: SourceFileTable

    /// Whether both documents could be read and compared.
    public var isComplete: Bool { baseAPI != nil && revisionAPI != nil }
}

extension Pipeline {
    /// Reads both documents (each from its file system: disk, memory or a git revision), normalizes them and
    /// compares them. Lint rules do not run: the documents are only read, built and normalized, the two in
    /// parallel, so a diff costs about one `validate`.
    public func diff(base: DiffSource, revision: DiffSource, options: DiffOptions = DiffOptions()) -> DiffResult {
        let sides = Mutex<[Int: DiffSide]>([:])
        let sources = [base, revision]
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let side = read(sources[index])
            sides.withLock { $0[index] = side }
        }
        let (old, new) = sides.withLock { ($0[0]!, $0[1]!) }
        var changes: [Change] = []
        if let oldInput = old.input, let newInput = new.input {
            changes = SpecDiffer.diff(base: oldInput, revision: newInput, options: options)
        }
        let table = SourceFileTable()
        for side in [new, old] {
            for file in side.sources.all {
                table.add(side.prefix.isEmpty ? file : SourceFile(path: side.prefix + file.path, bytes: file.bytes))
            }
        }
        return DiffResult(
            changes: changes, baseAPI: old.input?.api, revisionAPI: new.input?.api,
            diagnostics: (old.diagnostics + new.diagnostics).sortedForOutput(), sources: table)
    }

    /// The file system a source is read from.
    func fileSystem(for source: DiffSource) -> any FileSystem {
        guard let revision = source.revision else { return fileSystem }
        return GitFileSystem(revision: revision, workingDirectory: (fileSystem as? DiskFileSystem)?.baseDirectory)
    }

    private func read(_ source: DiffSource) -> DiffSide {
        let collector = DiagnosticCollector()
        let files = DocumentLoader(reader: fileSystem(for: source), limits: config.limits).load(
            source.path, into: collector)
        let document = files.root != nil ? ModelBuilder.build(files, into: collector) : nil
        let input = document.map { document in
            DiffInput(
                api: Normalizer.normalize(document, into: collector), document: document, pathPrefix: source.pathPrefix)
        }
        // Only errors are shown: warnings about a document are `validate`'s business, not the diff's.
        let diagnostics = applyLevels(collector.diagnostics).filter { $0.severity == .error }.map { diagnostic in
            var prefixed = diagnostic
            if let range = prefixed.range { prefixed.range?.file = source.pathPrefix + range.file }
            for index in prefixed.notes.indices {
                if let range = prefixed.notes[index].range {
                    prefixed.notes[index].range?.file = source.pathPrefix + range.file
                }
            }
            return prefixed
        }
        return DiffSide(input: input, diagnostics: diagnostics, sources: files.sources, prefix: source.pathPrefix)
    }
}

/// One document read for a diff.
private struct DiffSide: Sendable {
    var input: DiffInput?
    var diagnostics: [Diagnostic]
    var sources: SourceFileTable
    var prefix: String
}
