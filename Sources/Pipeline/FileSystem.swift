import Foundation
import SpecParser

/// Where the pipeline reads sources and writes outputs: the disk for the CLI, memory for tests and `check`.
public protocol FileSystem: SourceReader {
    /// Writes `bytes` to `path`, creating folders; skips the write when the file already holds those bytes
    /// (so timestamps stay and incremental builds do not redo work). Returns whether it wrote.
    @discardableResult
    func write(_ bytes: [UInt8], to path: String) throws -> Bool
    /// Whether a file exists at `path`.
    func fileExists(_ path: String) -> Bool
}

/// The real disk.
public struct DiskFileSystem: FileSystem {
    /// Folder that relative paths are taken from; nil for the working directory.
    public var baseDirectory: String?

    /// Creates a disk file system; relative paths are taken from `baseDirectory` (default: the working
    /// directory), and diagnostics print them as given, so output does not depend on where the tree lives.
    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory
    }

    private func resolved(_ path: String) -> String {
        guard let baseDirectory, !path.hasPrefix("/") else { return path }
        return baseDirectory + "/" + path
    }

    public func read(_ path: String, maxBytes: Int) throws(SourceReadError) -> [UInt8] {
        // POSIX calls rather than FileManager: a document of thousands of files (DigitalOcean has 2,907) spent
        // a sixth of its validation in Foundation's per-file overhead.
        let descriptor = open(resolved(path), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .notFound
            case EACCES: throw .failed("permission denied")
            default: throw .failed(String(cString: strerror(errno)))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .failed(String(cString: strerror(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .failed("it is a folder, not a file") }
        let size = Int(status.st_size)
        if size > maxBytes { throw .tooLarge(size) }
        // Read until end of file, at most one byte past the limit, so a file that grew after fstat is refused.
        var bytes = [UInt8](repeating: 0, count: min(size, maxBytes) + 1)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .failed(String(cString: strerror(errno)))
            }
            if got == 0 { break }
            count += got
            if count == bytes.count, count <= maxBytes { bytes.append(contentsOf: repeatElement(0, count: 65536)) }
        }
        if count > maxBytes { throw .tooLarge(count) }
        bytes.removeSubrange(count...)
        return bytes
    }

    @discardableResult
    public func write(_ bytes: [UInt8], to path: String) throws -> Bool {
        let path = resolved(path)
        if let existing = FileManager.default.contents(atPath: path), existing.count == bytes.count,
            existing.withUnsafeBytes({ stored in bytes.withUnsafeBytes { stored.elementsEqual($0) } })
        {
            return false
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        return true
    }

    public func fileExists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: resolved(path)) }
}

/// Files in memory, for tests and for building without touching the disk.
public final class MemoryFileSystem: FileSystem, @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: [UInt8]]

    /// Creates a file system holding text files by path.
    public init(_ files: [String: String] = [:]) {
        storage = files.mapValues { Array($0.utf8) }
    }

    /// Every file, by path.
    public var files: [String: [UInt8]] { lock.withLock { storage } }

    public func read(_ path: String, maxBytes: Int) throws(SourceReadError) -> [UInt8] {
        let bytes = lock.withLock { storage[path] }
        guard let bytes else { throw .notFound }
        if bytes.count > maxBytes { throw .tooLarge(bytes.count) }
        return bytes
    }

    @discardableResult
    public func write(_ bytes: [UInt8], to path: String) throws -> Bool {
        lock.withLock {
            if storage[path] == bytes { return false }
            storage[path] = bytes
            return true
        }
    }

    public func fileExists(_ path: String) -> Bool { lock.withLock { storage[path] != nil } }
}
