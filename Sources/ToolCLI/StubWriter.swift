import Foundation
import Pipeline
import StubGen

/// Writes generated Swift files for `generate` and the stub step of `build`: only files whose contents changed
/// are rewritten (so SwiftPM rebuilds only what changed), and files an earlier run generated that this one no
/// longer produces (a deleted tag, a renamed schema) are removed. Files without specc's header are the user's
/// and are never touched.
enum StubWriter {
    /// How every generated file starts (`Templates/swift/header.mustache`).
    static var generatedHeader: String { OutputSet.stubHeader }

    /// Writes `files` into `folder`; returns how many were written and how many stale generated files were
    /// removed.
    static func write(_ files: [GeneratedFile], into folder: String) throws -> (written: Int, removed: Int) {
        let written = try ParallelWriter.write(files.map { (path: $0.path, bytes: Array($0.contents.utf8)) }, into: folder)
        var removed = 0
        let produced = Set(files.map(\.path))
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in existing.sorted() where name.hasSuffix(".swift") && !produced.contains(name) {
            let path = folder + "/" + name
            guard isGenerated(path) else { continue }
            try FileManager.default.removeItem(atPath: path)
            removed += 1
        }
        return (written, removed)
    }

    /// Whether the file at `path` starts with specc's header.
    static func isGenerated(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: generatedHeader.utf8.count)
        return head.elementsEqual(generatedHeader.utf8)
    }

    /// The line `generate` and `build` print after writing: `specc: stubs: 12 files in 'Generated' (3 written,
    /// 9 unchanged, 1 removed)`.
    static func summary(total: Int, written: Int, removed: Int, folder: String) -> String {
        var text = "specc: stubs: \(total) files in '\(folder)' (\(written) written, \(total - written) unchanged"
        if removed > 0 { text += ", \(removed) removed" }
        return text + ")\n"
    }
}
