/// Why a source file could not be read.
public enum SourceReadError: Error, Sendable, Hashable {
    /// No file at that path.
    case notFound
    /// The file is larger than the limit; carries its size.
    case tooLarge(Int)
    /// Any other failure, described.
    case failed(String)
}

/// Reads source files for the loader. The pipeline gives it the disk; tests give it memory.
public protocol SourceReader: Sendable {
    /// The bytes at `path`, refusing files over `maxBytes` without reading them.
    func read(_ path: String, maxBytes: Int) throws(SourceReadError) -> [UInt8]
}

/// An in-memory reader keyed by normalized path, for tests and for `check`.
public struct MemorySourceReader: SourceReader {
    /// Files by normalized path.
    public var files: [String: [UInt8]]

    /// Creates a reader over text files.
    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public func read(_ path: String, maxBytes: Int) throws(SourceReadError) -> [UInt8] {
        guard let bytes = files[path] else { throw .notFound }
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes.count) }
        return bytes
    }
}
