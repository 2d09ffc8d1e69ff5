import Foundation
import Testing
import TestSupport

@Suite struct ValidateCommandTests {
    private let scratch = ScratchFolder("specc-cli")
    var folder: String { scratch.path }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /pets:
                get:
                  responses:
                    '200': {description: ok}
            """.write(toFile: folder + "/warn.yaml", atomically: true, encoding: .utf8)
        try """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      $ref: '#/components/responses/Missing'
            """.write(toFile: folder + "/error.yaml", atomically: true, encoding: .utf8)
    }

    @Test func cleanDocumentExitsZeroAndPrintsNothing() throws {
        let output = try SpeccBinary.run(["validate", TestPaths.corpus + "/oai-petstore/petstore.yaml"])
        #expect(output.status == 0)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.isEmpty)
    }

    @Test func warningsPassUnlessStrict() throws {
        let plain = try SpeccBinary.run(["validate", "warn.yaml"], in: folder)
        #expect(plain.status == 0)
        #expect(plain.stderr == "warn.yaml:5:5: warning[missing-operation-id]: GET /pets has no 'operationId'; generated code and links need a stable name for it\n")
        let strict = try SpeccBinary.run(["validate", "warn.yaml", "--strict"], in: folder)
        #expect(strict.status == 1)
        let ignored = try SpeccBinary.run(["validate", "warn.yaml", "--strict", "--ignore", "missing-operation-id"], in: folder)
        #expect(ignored.status == 0)
        #expect(ignored.stderr.isEmpty)
    }

    @Test func errorsExitOneWithLocatedFinding() throws {
        let output = try SpeccBinary.run(["validate", "error.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("error.yaml:9:17: error[unresolved-ref]: "))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try SpeccBinary.run(["validate", "--bogus"]).status == 2)
        #expect(try SpeccBinary.run(["validate", "x.yaml", "--format", "xml"]).status == 2)
        let unknownRule = try SpeccBinary.run(["validate", "x.yaml", "--ignore", "missing-operation-idd"])
        #expect(unknownRule.status == 2)
        #expect(unknownRule.stderr.contains("did you mean 'missing-operation-id'?"))
    }

    @Test func jsonFormatHasFindingsAndSummary() throws {
        let output = try SpeccBinary.run(["validate", "warn.yaml", "--format", "json"], in: folder)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings[0]["code"] as? String == "missing-operation-id")
        #expect(findings[0]["severity"] as? String == "warning")
        #expect(findings[0]["file"] as? String == "warn.yaml")
        #expect(findings[0]["line"] as? Int == 5)
        #expect(findings[0]["column"] as? Int == 5)
        #expect(findings[0]["method"] as? String == "GET")
        #expect(findings[0]["path"] as? String == "/pets")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["errors": 0, "warnings": 1, "infos": 0])
    }

    @Test func sarifFormatIsSARIF210() throws {
        let output = try SpeccBinary.run(["validate", "error.yaml", "--format", "sarif"], in: folder)
        #expect(output.status == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let runs = try #require(object["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.first?["ruleId"] as? String == "unresolved-ref")
    }

    @Test func configFileChangesLevels() throws {
        try "rules:\n  missing-operation-id: error\n".write(
            toFile: folder + "/specc.yaml", atomically: true, encoding: .utf8)
        let output = try SpeccBinary.run(["validate", "warn.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr.contains("error[missing-operation-id]"))
        try "rules:\n  missing-operation-idd: off\n".write(
            toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
        let bad = try SpeccBinary.run(["validate", "warn.yaml", "--config", "bad.yaml"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("bad.yaml:2:3: error[invalid-config]: unknown rule 'missing-operation-idd'; did you mean 'missing-operation-id'?"))
    }

    @Test func missingFileIsAFindingNotACrash() throws {
        let output = try SpeccBinary.run(["validate", "nope.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == "error[unreadable-file]: cannot read 'nope.yaml': no such file\n")
    }
}
