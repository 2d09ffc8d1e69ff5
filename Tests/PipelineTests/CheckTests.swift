import Foundation
import Pipeline
import SiteGen
import TestSupport
import Testing

/// `check` on a fixture project in a temporary folder: the petstore as `spec/openapi.yaml`, one guide page.
@Suite struct CheckTests {
    private let scratch = ScratchFolder("specc-check")
    var folder: String { scratch.path }
    let pages = ["spec/pages/welcome.md"]
    var pipeline: Pipeline { Pipeline(fileSystem: DiskFileSystem(baseDirectory: folder)) }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/spec/pages", withIntermediateDirectories: true)
        let petstore = try String(contentsOfFile: TestPaths.corpus + "/oai-petstore/petstore.yaml", encoding: .utf8)
        try write(petstore, to: "spec/openapi.yaml")
        try write(
            "---\ntitle: Welcome\npath: welcome\norder: 1\nstatus: published\n---\n# Welcome\n\nSee [list pets](op:listPets).\n",
            to: "spec/pages/welcome.md")
        let built = pipeline.site("spec/openapi.yaml", pagePaths: pages, config: config)
        for file in built.files { try DiskFileSystem(baseDirectory: folder).write(file.bytes, to: "site/" + file.path) }
    }

    var config: SiteConfig { SiteConfig(documentName: "spec/openapi.yaml") }

    func write(_ text: String, to path: String) throws {
        try text.write(toFile: folder + "/" + path, atomically: true, encoding: .utf8)
    }

    func check() -> CheckResult {
        pipeline.check("spec/openapi.yaml", site: "site", pagePaths: pages, config: config)
    }

    @Test func freshBuildIsCurrent() throws {
        let result = check()
        #expect(result.isCurrent)
        #expect(!result.fails(strict: false))
        #expect(result.outputs.map(\.root) == ["site"])
        #expect(result.outputs[0].files.contains { $0.path == "operations/listPets.html" })
    }

    @Test func editedFileIsStale() throws {
        let index = folder + "/site/index.html"
        let original = try String(contentsOfFile: index, encoding: .utf8)
        try (original + "<!-- edited -->\n").write(toFile: index, atomically: true, encoding: .utf8)
        let result = check()
        #expect(result.stale.map(\.path) == ["site/index.html"])
        #expect(result.missing == [] && result.extra == [])
        #expect(result.fails(strict: false))
        let stale = try #require(result.stale.first)
        #expect(stale.generated == Array(original.utf8))
        let diff = LineDiff.unified(
            old: String(decoding: stale.onDisk, as: UTF8.self), new: String(decoding: stale.generated, as: UTF8.self),
            oldLabel: "disk", newLabel: "generated")
        #expect(diff.hasSuffix("-<!-- edited -->\n"))
    }

    @Test func deletedFileIsMissing() throws {
        try FileManager.default.removeItem(atPath: folder + "/site/operations/listPets.html")
        let result = check()
        #expect(result.missing == ["site/operations/listPets.html"])
        #expect(result.stale.isEmpty && result.extra.isEmpty)
        #expect(result.fails(strict: false))
    }

    @Test func unrelatedFileIsExtraButHiddenFilesAreNot() throws {
        try write("notes", to: "site/notes.txt")
        try FileManager.default.createDirectory(atPath: folder + "/site/old", withIntermediateDirectories: true)
        try write("old", to: "site/old/page.html")
        try write("finder", to: "site/.DS_Store")
        try write("pages", to: "site/.nojekyll")
        let result = check()
        #expect(result.extra == ["site/notes.txt", "site/old/page.html"])
        #expect(result.stale.isEmpty && result.missing.isEmpty)
        #expect(result.fails(strict: false))
    }

    @Test func editedSpecMakesOutputsStale() throws {
        let spec = try String(contentsOfFile: folder + "/spec/openapi.yaml", encoding: .utf8)
        try write(
            spec.replacingOccurrences(of: "Info for a specific pet", with: "Details of one pet"),
            to: "spec/openapi.yaml")
        let result = check()
        #expect(result.stale.map(\.path) == CheckTests.staleAfterSpecEdit)
        #expect(result.missing.isEmpty && result.extra.isEmpty)
        #expect(result.fails(strict: false))
    }

    /// What renaming the summary of `showPetById` changes: every page whose navigation lists it, its Markdown twins,
    /// the indexes and the copy of the document.
    static let staleAfterSpecEdit = [
        "site/llms.txt", "site/openapi.json", "site/operations/createPets.html", "site/operations/listPets.html",
        "site/operations/showPetById.html", "site/operations/showPetById.md", "site/schemas/Error.html",
        "site/schemas/Pet.html", "site/search-index.js", "site/search-index.json", "site/tags/pets.html",
        "site/tags/pets.md",
    ]

    @Test func unusableDocumentComparesNothingAndFails() throws {
        try write("openapi: 3.0.0\ninfo: [\n", to: "spec/openapi.yaml")
        let result = check()
        #expect(!result.isUsable)
        #expect(result.outputs.isEmpty && result.stale.isEmpty && result.missing.isEmpty && result.extra.isEmpty)
        #expect(result.fails(strict: false))
    }

    @Test func memoryFileSystemComparesToo() throws {
        let memory = MemoryFileSystem(["out/a.txt": "a\n", "out/b.txt": "old\n", "out/c.txt": "c\n", "out/.hidden": ""])
        let set = OutputSet(
            name: "test", root: "out",
            files: [
                OutputFile(path: "a.txt", bytes: Array("a\n".utf8)),
                OutputFile(path: "b.txt", bytes: Array("new\n".utf8)),
                OutputFile(path: "d.txt", bytes: Array("d\n".utf8)),
            ])
        let comparison = Pipeline(fileSystem: memory).compare([set])
        #expect(comparison.stale.map(\.path) == ["out/b.txt"])
        #expect(comparison.missing == ["out/d.txt"])
        #expect(comparison.extra == ["out/c.txt"])
        var shared = set
        shared.reportsExtraFiles = false
        #expect(Pipeline(fileSystem: memory).compare([shared]).extra == [])
    }
}
