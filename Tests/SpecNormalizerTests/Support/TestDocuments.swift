import Pipeline
import SpecDiagnostics
import SpecModel
import SpecNormalizer
import SpecParser
import TestSupport

/// Loads documents for the normalizer tests, from memory or from the corpus.
enum TestDocuments {
    /// Loads `root` and the files it references from in-memory `files` (no typed model needed).
    static func files(_ files: [String: String], root: String = "openapi.yaml") -> DocumentSet {
        DocumentLoader(reader: MemoryFileSystem(files)).load(root, into: DiagnosticCollector())
    }

    /// Loads the files of a one-file YAML document held in memory.
    static func files(yaml: String) -> DocumentSet {
        files(["openapi.yaml": yaml])
    }

    /// Loads a document from a corpus folder.
    static func corpusFiles(_ folder: String, root: String) -> DocumentSet {
        DocumentLoader(reader: DiskFileSystem(baseDirectory: TestPaths.corpus + "/" + folder))
            .load(root, into: DiagnosticCollector())
    }

    /// Validates in-memory files and returns the typed document.
    static func document(_ files: [String: String], root: String = "openapi.yaml") -> RawDocument? {
        Pipeline(fileSystem: MemoryFileSystem(files)).validate(root).document
    }

    /// The canonical JSON of in-memory files, as text.
    static func canonicalText(_ files: [String: String], root: String = "openapi.yaml") -> String {
        String(decoding: CanonicalHasher.canonicalJSON(files: self.files(files, root: root)), as: UTF8.self)
    }
}
