import Foundation
import Pipeline
import Synchronization

/// Writes many generated files at once.
///
/// Each atomic write waits for its own fsync (a few milliseconds), and a site has thousands of files: one
/// after another, GitHub's site spent 8 s of its 9 s writing. Eight threads keep the disk busy while each
/// waits; threads rather than `concurrentPerform`, which runs only as many workers as there are cores and
/// would leave them all blocked in fsync. Unchanged files are compared and skipped as before.
enum ParallelWriter {
    static let threads = 8

    /// Writes each `(path, bytes)` under `folder` unless its contents are unchanged; returns how many were
    /// written. The first error (in path order) is rethrown after every thread has finished.
    static func write(_ files: [(path: String, bytes: [UInt8])], into folder: String) throws -> Int {
        guard !files.isEmpty else { return 0 }
        // Folders first, one thread: two threads creating the same folder could race.
        var folders = Set<String>()
        for file in files {
            let parent = ((folder + "/" + file.path) as NSString).deletingLastPathComponent
            if folders.insert(parent).inserted {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            }
        }
        let disk = DiskFileSystem()
        let next = Atomic<Int>(0)
        let outcomes = Mutex<[Int: Result<Bool, any Error>]>([:])
        let group = DispatchGroup()
        for _ in 0..<min(threads, files.count) {
            group.enter()
            Thread.detachNewThread {
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < files.count else { break }
                    let file = files[index]
                    let outcome = Result { try disk.write(file.bytes, to: folder + "/" + file.path) }
                    outcomes.withLock { $0[index] = outcome }
                }
                group.leave()
            }
        }
        group.wait()
        let results = outcomes.withLock { $0 }
        var written = 0
        for index in files.indices where try results[index]?.get() == true { written += 1 }
        return written
    }
}
