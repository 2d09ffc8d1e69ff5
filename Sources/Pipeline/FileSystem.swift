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
        if let existing = try? read(path, maxBytes: bytes.count), existing == bytes {
            return false
        }
        try Self.replace(path, with: bytes)
        return true
    }

    /// Writes `bytes` to a new file beside `path` and renames it over `path`, so a reader (the preview server,
    /// a browser) sees the old file or the new one, never half of one.
    ///
    /// POSIX calls and no fsync, where Foundation's atomic write adds an fsync and several stats per file:
    /// everything written here is generated from the spec and rebuilt by the next run, so waiting for the disk
    /// buys nothing, and GitHub's site (1,822 files) spent more than half of its time in those fsyncs.
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let temporary = path + ".specc-" + String(getpid()) + "-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if descriptor < 0, errno == ENOENT {
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard descriptor >= 0 else { throw FileWriteError(path: path, errno: errno) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let failure = FileWriteError(path: path, errno: errno)
                close(descriptor)
                unlink(temporary)
                throw failure
            }
            written += count
        }
        guard close(descriptor) == 0 else {
            let failure = FileWriteError(path: path, errno: errno)
            unlink(temporary)
            throw failure
        }
        guard rename(temporary, path) == 0 else {
            let failure = FileWriteError(path: path, errno: errno)
            unlink(temporary)
            throw failure
        }
    }

    public func fileExists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: resolved(path)) }
}

/// A generated file that could not be written.
public struct FileWriteError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String

    init(path: String, errno code: Int32) {
        self.path = path
        reason = String(cString: strerror(code))
    }

    public var description: String { "cannot write '\(path)': \(reason)" }
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
