import Foundation
import TestSupport
import Testing

@testable import ToolCLI

/// `specc check` run as a binary on a fixture project built with `specc build`.
@Suite struct CheckCommandTests {
    private let scratch = ScratchFolder("specc-check-cli")
    var folder: String { scratch.path }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/spec/pages", withIntermediateDirectories: true)
        let petstore = try String(contentsOfFile: TestPaths.corpus + "/oai-petstore/petstore.yaml", encoding: .utf8)
        try petstore.write(toFile: folder + "/spec/openapi.yaml", atomically: true, encoding: .utf8)
        try
            "---\ntitle: Welcome\npath: welcome\norder: 1\nstatus: published\n---\n# Welcome\n\nSee [list pets](op:listPets).\n"
            .write(toFile: folder + "/spec/pages/welcome.md", atomically: true, encoding: .utf8)
        let build = try SpeccBinary.run(["build", "spec/openapi.yaml"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
    }

    /// The `stale:`, `missing:` and `extra:` lines of the report.
    func listed(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("stale:") || $0.hasPrefix("missing:") || $0.hasPrefix("extra:")
        }
    }

    @Test func passesRightAfterBuild() throws {
        let output = try SpeccBinary.run(["check", "spec/openapi.yaml"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.hasSuffix("generated files in 'site' are current\n"))
    }

    @Test func editedFileIsStaleWithADiff() throws {
        let index = folder + "/site/index.html"
        let original = try String(contentsOfFile: index, encoding: .utf8)
        try (original + "<!-- edited -->\n").write(toFile: index, atomically: true, encoding: .utf8)
        let output = try SpeccBinary.run(["check", "spec/openapi.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(listed(output.stderr) == ["stale:   site/index.html"])
        #expect(output.stderr.contains("--- site/index.html (on disk)\n+++ site/index.html (generated)\n@@ "))
        #expect(output.stderr.contains("\n-<!-- edited -->\n"))
        #expect(output.stderr.hasSuffix("\nto update them, run: specc build spec/openapi.yaml --site site\n"))
    }

    @Test func deletedFileIsMissing() throws {
        try FileManager.default.removeItem(atPath: folder + "/site/operations/listPets.html")
        let output = try SpeccBinary.run(["check", "spec/openapi.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(listed(output.stderr) == ["missing: site/operations/listPets.html"])
    }

    @Test func unrelatedFileIsExtra() throws {
        try "notes".write(toFile: folder + "/site/notes.txt", atomically: true, encoding: .utf8)
        try "finder".write(toFile: folder + "/site/.DS_Store", atomically: true, encoding: .utf8)
        let output = try SpeccBinary.run(["check", "spec/openapi.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(listed(output.stderr) == ["extra:   site/notes.txt"])
    }

    @Test func editedSpecWithoutRebuildIsStale() throws {
        let path = folder + "/spec/openapi.yaml"
        let spec = try String(contentsOfFile: path, encoding: .utf8)
        try spec.replacingOccurrences(of: "Info for a specific pet", with: "Details of one pet")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let output = try SpeccBinary.run(["check", "spec/openapi.yaml"], in: folder)
        #expect(output.status == 1)
        let stale = [
            "llms.txt", "openapi.json", "operations/createPets.html", "operations/listPets.html",
            "operations/showPetById.html", "operations/showPetById.md", "schemas/Error.html", "schemas/Pet.html",
            "search-index.js", "search-index.json", "tags/pets.html", "tags/pets.md",
        ]
        #expect(listed(output.stderr) == stale.map { "stale:   site/" + $0 })
    }

    @Test func fixCommandRepeatsTheOutputOptions() throws {
        let output = try SpeccBinary.run(
            ["check", "spec/openapi.yaml", "--base-url", "https://docs.example.com"], in: folder)
        #expect(output.status == 1)
        #expect(
            output.stderr.hasSuffix(
                "run: specc build spec/openapi.yaml --site site --base-url https://docs.example.com\n"))
    }

    @Test func fixCommandQuotesWhatTheShellWouldSplit() {
        #expect(CheckReport.shellQuoted("my site") == "'my site'")
        #expect(CheckReport.shellQuoted("it's") == "'it'\\''s'")
        #expect(CheckReport.shellQuoted("spec/openapi.yaml") == "spec/openapi.yaml")
    }

    /// The project is its own first user: the committed `site/` is what `specc build spec/openapi.yaml` writes.
    @Test func committedSiteIsCurrent() throws {
        let output = try SpeccBinary.run(["check", "spec/openapi.yaml"], in: TestPaths.packageRoot)
        #expect(output.status == 0, "\(output.stderr)")
    }
}
