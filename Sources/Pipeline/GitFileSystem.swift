import Foundation
import SpecParser

/// Reads files as a git revision holds them, through `git show REV:./path`, so `specc diff` can compare the
/// spec of `origin/main` with the working copy. Every file a multi-file document needs is read from the same
/// revision. Results (found or not) are cached per path; the file system is read-only.
///
/// Paths are taken relative to `workingDirectory` (the process's when nil), as the other file systems take
/// them; an absolute path is made relative to the repository's top folder.
public final class GitFileSystem: FileSystem, @unchecked Sendable {
    /// The revision read (`HEAD`, `origin/main`, a commit).
    public let revision: String
    /// Where git runs.
    public let workingDirectory: String?
    private let lock = NSLock()
    private var cache: [String: Result<[UInt8], SourceReadError>] = [:]
    private var topLevel: String??

    /// Creates a reader of `revision`, running git in `workingDirectory`.
    public init(revision: String, workingDirectory: String? = nil) {
        self.revision = revision
        self.workingDirectory = workingDirectory
    }

    public func read(_ path: String, maxBytes: Int) throws(SourceReadError) -> [UInt8] {
        let cached = lock.withLock { cache[path] }
        let result = cached ?? load(path)
        if cached == nil { lock.withLock { cache[path] = result } }
        let bytes = try result.get()
        if bytes.count > maxBytes { throw .tooLarge(bytes.count) }
        return bytes
    }

    /// Always fails: a revision cannot be written.
    public func write(_ bytes: [UInt8], to path: String) throws -> Bool {
        throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: "git:\(revision):\(path)"])
    }

    public func fileExists(_ path: String) -> Bool { (try? read(path, maxBytes: .max)) != nil }

    private func load(_ path: String) -> Result<[UInt8], SourceReadError> {
        var relative = path
        if path.hasPrefix("/") {
            guard let top = repositoryTop(), path.hasPrefix(top + "/") else {
                return .failure(.failed("'\(path)' is not inside the git repository"))
            }
            relative = String(path.dropFirst(top.count + 1))
        }
        // `./` makes git take the path from the working directory rather than the repository's top folder.
        let spec = path.hasPrefix("/") ? "\(revision):\(relative)" : "\(revision):./\(relative)"
        let (status, output, errors) = run(["show", spec])
        if status == 0 { return .success(output) }
        let message = String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if message.contains("does not exist in") || message.contains("exists on disk, but not in") {
            return .failure(.notFound)
        }
        let line = message.split(separator: "\n").first.map(String.init) ?? "git show failed with status \(status)"
        return .failure(.failed(line.hasPrefix("fatal: ") ? String(line.dropFirst(7)) : line))
    }

    private func repositoryTop() -> String? {
        lock.withLock {
            if let topLevel { return topLevel }
            let (status, output, _) = run(["rev-parse", "--show-toplevel"])
            let top = status == 0 ? String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines) : nil
            topLevel = .some(top)
            return top
        }
    }

    /// Runs git; returns its exit status, standard output and standard error.
    private func run(_ arguments: [String]) -> (Int32, [UInt8], [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return (-1, [], Array("cannot run git: \(error.localizedDescription)".utf8))
        }
        // Read both pipes before waiting, so a large file cannot fill a pipe and block git.
        let errorData = ErrorOutput()
        let group = DispatchGroup()
        let handle = errors.fileHandleForReading
        DispatchQueue.global().async(group: group) { errorData.data = handle.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, [UInt8](outputData), [UInt8](errorData.data))
    }
}

/// Standard error of a git run, filled by the thread that reads it before the group is waited on.
private final class ErrorOutput: @unchecked Sendable {
    var data = Data()
}
