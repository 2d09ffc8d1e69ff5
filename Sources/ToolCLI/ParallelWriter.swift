import Foundation
import Pipeline
import Synchronization

/// Writes many generated files at once.
///
/// A site has thousands of files, and each one is compared with what is on disk, then written to a temporary
/// file and renamed (`DiskFileSystem.replace`): system calls that wait on the file system's locks. Eight
/// threads keep those calls overlapping; threads rather than `concurrentPerform`, which runs only as many
/// workers as there are cores. Unchanged files are skipped.
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
