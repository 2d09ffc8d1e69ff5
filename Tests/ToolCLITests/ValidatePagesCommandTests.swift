import Foundation
import TestSupport
import Testing

/// `specc validate` checks the links of the guide pages beside the document, or under `--pages`.
@Suite struct ValidatePagesCommandTests {
    private let scratch = ScratchFolder("specc-validate-pages")
    var folder: String { scratch.path }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/spec/pages", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/guides", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: TestPaths.fixtures + "/site/openapi.yaml", toPath: folder + "/spec/openapi.yaml")
        try "# Start\n\n## Next\n\nSee [next](#next), [get a pet](op:getPet) and [Pet](schema:Pet).\n".write(
            toFile: folder + "/spec/pages/start.md", atomically: true, encoding: .utf8)
        try "# Other\n\nSee [start](./start), [the end](#end) and [pets](op:listPetz).\n".write(
            toFile: folder + "/guides/other.md", atomically: true, encoding: .utf8)
    }

    @Test func cleanPagesBesideTheDocumentPass() throws {
        let output = try SpeccBinary.run(["validate", "spec/openapi.yaml"], in: folder)
        #expect(output.stderr == "")
        #expect(output.status == 0)
    }

    @Test func brokenLinksUnderPagesFailWithTheirPositions() throws {
        let output = try SpeccBinary.run(["validate", "spec/openapi.yaml", "--pages", "guides"], in: folder)
        #expect(output.status == 1)
        #expect(
            output.stderr == """
                guides/other.md:3:5: error[broken-link]: link './start' names no published page 'start'
                guides/other.md:3:23: error[broken-link]: link '#end' names no heading '#end' in page 'other'
                guides/other.md:3:43: error[broken-link]: link 'op:listPetz' names no operation with operationId 'listPetz'

                """)
    }

    @Test func jsonFormatCarriesPageFindings() throws {
        let output = try SpeccBinary.run(
            ["validate", "spec/openapi.yaml", "--pages", "guides", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.map { $0["file"] as? String } == Array(repeating: "guides/other.md", count: 3))
        #expect(findings.map { $0["column"] as? Int } == [5, 23, 43])
    }
}
