import Foundation
import Testing
import TestSupport

@Suite struct BuildCommandTests {
    let folder = NSTemporaryDirectory() + "specc-build-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/spec/pages", withIntermediateDirectories: true)
        let petstore = try String(contentsOfFile: TestPaths.corpus + "/oai-petstore/petstore.yaml", encoding: .utf8)
        try petstore.write(toFile: folder + "/spec/openapi.yaml", atomically: true, encoding: .utf8)
        try "---\ntitle: Welcome\npath: welcome\norder: 1\nstatus: published\n---\n# Welcome\n\nSee [list pets](op:listPets).\n"
            .write(toFile: folder + "/spec/pages/welcome.md", atomically: true, encoding: .utf8)
    }

    @Test func writesTheSiteAndLeavesUnchangedFilesAlone() throws {
        let first = try SpeccBinary.run(["build", "spec/openapi.yaml"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let index = folder + "/site/index.html"
        #expect(FileManager.default.fileExists(atPath: index))
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder + "/site").filter { $0.hasSuffix(".html") }
        #expect(files.contains("operations/listPets.html"))
        let before = try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date
        let second = try SpeccBinary.run(["build", "spec/openapi.yaml"], in: folder)
        #expect(second.status == 0)
        #expect(second.stderr.contains("(0 written,"))
        let after = try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date
        #expect(before == after)
    }

    @Test func strictBuildWritesNothingWhenThereAreWarnings() throws {
        let spec = try String(contentsOfFile: folder + "/spec/openapi.yaml", encoding: .utf8)
        try spec.replacingOccurrences(of: "operationId: listPets", with: "summary: no id").write(
            toFile: folder + "/spec/openapi.yaml", atomically: true, encoding: .utf8)
        let output = try SpeccBinary.run(["build", "spec/openapi.yaml", "--strict"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/index.html"))
    }
}
