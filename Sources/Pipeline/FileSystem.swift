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
        let path = resolved(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound }
        if isDirectory.boolValue { throw .failed("it is a folder, not a file") }
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw .failed(error.localizedDescription)
        }
        if size > maxBytes { throw .tooLarge(size) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .failed("permission denied") }
        defer { try? handle.close() }
        do {
            // Read at most one byte past the limit, so a file that grew after the size check is still refused.
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            if data.count > maxBytes { throw SourceReadError.tooLarge(data.count) }
            return [UInt8](data)
        } catch let error as SourceReadError {
            throw error
        } catch {
            throw .failed(error.localizedDescription)
        }
    }

    @discardableResult
    public func write(_ bytes: [UInt8], to path: String) throws -> Bool {
        let path = resolved(path)
        if let existing = FileManager.default.contents(atPath: path), existing.elementsEqual(bytes) { return false }
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
