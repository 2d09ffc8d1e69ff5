import Foundation
import Pipeline
import Testing

/// Writing generated files: folders made on demand, unchanged files left alone, no temporary files left
/// behind, and a clear error naming the file.
@Suite struct DiskFileSystemTests {
    private func scratchFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specc-disk-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func writesIntoNewFoldersAndSkipsUnchangedFiles() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let disk = DiskFileSystem(baseDirectory: folder)

        #expect(try disk.write(Array("first".utf8), to: "a/b/page.html"))
        #expect(FileManager.default.contents(atPath: folder + "/a/b/page.html") == Data("first".utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/a/b/page.html")
        #expect((attributes[.posixPermissions] as? Int ?? 0) & 0o600 == 0o600, "readable and writable by its owner")

        // Same bytes: not rewritten, so the modification date stays.
        let stamp = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: folder + "/a/b/page.html")
        #expect(try disk.write(Array("first".utf8), to: "a/b/page.html") == false)
        let kept = try FileManager.default.attributesOfItem(atPath: folder + "/a/b/page.html")[.modificationDate] as? Date
        #expect(kept == stamp)

        // Other bytes, shorter or longer: replaced whole.
        #expect(try disk.write(Array("2nd".utf8), to: "a/b/page.html"))
        #expect(FileManager.default.contents(atPath: folder + "/a/b/page.html") == Data("2nd".utf8))
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 300_000)
        #expect(try disk.write(long, to: "a/b/page.html"))
        #expect(FileManager.default.contents(atPath: folder + "/a/b/page.html") == Data(long))
        #expect(try disk.write([], to: "empty.txt"))
        #expect(FileManager.default.contents(atPath: folder + "/empty.txt") == Data())

        let left = try FileManager.default.subpathsOfDirectory(atPath: folder).sorted()
        #expect(left == ["a", "a/b", "a/b/page.html", "empty.txt"], "no temporary file is left: \(left)")
    }

    @Test func aPathThatCannotBeWrittenNamesTheFile() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let disk = DiskFileSystem(baseDirectory: folder)
        try disk.write(Array("a file".utf8), to: "taken")
        // A folder where the file should go.
        try FileManager.default.createDirectory(atPath: folder + "/dir/page.html", withIntermediateDirectories: true)
        #expect {
            try disk.write(Array("x".utf8), to: "dir/page.html")
        } throws: { error in
            "\(error)".contains("dir/page.html")
        }
        // A file where a folder should be.
        #expect(throws: (any Error).self) { try disk.write(Array("x".utf8), to: "taken/page.html") }
        let left = try FileManager.default.subpathsOfDirectory(atPath: folder).sorted()
        #expect(left == ["dir", "dir/page.html", "taken"], "no temporary file is left: \(left)")
    }
}
