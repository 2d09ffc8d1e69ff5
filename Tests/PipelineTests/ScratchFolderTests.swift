import Foundation
import Testing
import TestSupport

/// The tests' temporary folders go away with the suite instance that holds them, contents included.
@Suite struct ScratchFolderTests {
    @Test func theFolderAndItsContentsAreRemovedWithTheLastReference() throws {
        var scratch: ScratchFolder? = ScratchFolder("specc-scratch-test")
        let path = try #require(scratch?.path)
        #expect(path.hasPrefix(NSTemporaryDirectory()) || path.hasPrefix("/tmp/"))
        #expect(!path.hasSuffix("/"))
        try FileManager.default.createDirectory(atPath: path + "/a/b", withIntermediateDirectories: true)
        try "x".write(toFile: path + "/a/b/file.txt", atomically: true, encoding: .utf8)
        #expect(FileManager.default.fileExists(atPath: path + "/a/b/file.txt"))
        scratch = nil
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func everyFolderHasItsOwnPath() {
        let first = ScratchFolder("specc-scratch-test")
        let second = ScratchFolder("specc-scratch-test")
        #expect(first.path != second.path)
        #expect(URL(fileURLWithPath: first.path).lastPathComponent.hasPrefix("specc-scratch-test-"))
        #expect(first.url.path == first.path)
    }
}
