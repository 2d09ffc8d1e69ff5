import Foundation
import TestSupport
import Testing

/// `specc diff` run as a process: output, formats and exit codes under `--fail-on`.
@Suite struct DiffCommandTests {
    private let scratch = ScratchFolder("specc-diff-cli")
    var folder: String { scratch.path }

    static func document(limitRequired: Bool, status: String, extraServer: Bool) -> String {
        """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        servers:
          - url: https://api.example.com\(extraServer ? "\n  - url: https://old.example.com" : "")
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - {name: limit, in: query, required: \(limitRequired), schema: {type: integer}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: object, properties: {status: {type: string, enum: [\(status)]}}}

        """
    }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let files = [
            "base.yaml": Self.document(limitRequired: false, status: "a", extraServer: true),
            // A required parameter: breaking.
            "breaking.yaml": Self.document(limitRequired: true, status: "a", extraServer: true),
            // A server removed: a warning only.
            "warning.yaml": Self.document(limitRequired: false, status: "a", extraServer: false),
            // An enum value dropped from a response: info only.
            "info.yaml": Self.document(limitRequired: false, status: "a", extraServer: true).replacingOccurrences(
                of: "enum: [a]", with: "enum: [a]}, code: {type: integer"),
        ]
        for (name, text) in files {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
    }

    @Test func identicalDocumentsExitZeroAndPrintNothing() throws {
        let output = try SpeccBinary.run(["diff", "base.yaml", "base.yaml"], in: folder)
        #expect(output.status == 0)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.isEmpty)
    }

    @Test func breakingChangeExitsOneWithLocatedLine() throws {
        let output = try SpeccBinary.run(["diff", "base.yaml", "breaking.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(
            output.stdout
                == "breaking.yaml:11:12: error[parameter-became-required]: GET /pets: query parameter 'limit' became required\n"
        )
    }

    @Test func failOnSetsTheThreshold() throws {
        #expect(try SpeccBinary.run(["diff", "base.yaml", "warning.yaml"], in: folder).status == 0)
        #expect(
            try SpeccBinary.run(["diff", "base.yaml", "warning.yaml", "--fail-on", "warning"], in: folder).status == 1)
        #expect(
            try SpeccBinary.run(["diff", "base.yaml", "info.yaml", "--fail-on", "warning"], in: folder).status == 0)
        let info = try SpeccBinary.run(["diff", "base.yaml", "info.yaml", "--fail-on", "info"], in: folder)
        #expect(info.status == 1)
        #expect(
            info.stdout
                == "info.yaml:17:86: info[property-added]: GET /pets: property 'code' added to response 200 'application/json'\n"
        )
    }

    @Test func usageErrorsAndUnreadableInputsExitTwo() throws {
        #expect(try SpeccBinary.run(["diff", "base.yaml"], in: folder).status == 2)
        #expect(try SpeccBinary.run(["diff", "base.yaml", "base.yaml", "--format", "xml"], in: folder).status == 2)
        #expect(try SpeccBinary.run(["diff", "base.yaml", "base.yaml", "--fail-on", "never"], in: folder).status == 2)
        #expect(try SpeccBinary.run(["diff", "git:HEAD", "base.yaml"], in: folder).status == 2)
        let missing = try SpeccBinary.run(["diff", "missing.yaml", "base.yaml"], in: folder)
        #expect(missing.status == 2)
        #expect(
            missing.stderr
                == "error[unreadable-file]: cannot read 'missing.yaml': no such file\nspecc: cannot compare: 'missing.yaml' could not be read\n"
        )
    }

    @Test func machineFormatsAndChangelog() throws {
        let json = try SpeccBinary.run(["diff", "base.yaml", "breaking.yaml", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["changes"] as? [[String: Any]])?.first?["id"] as? String == "parameter-became-required")
        #expect(object["summary"] as? [String: Int] == ["errors": 1, "warnings": 0, "infos": 0])
        let markdown = try SpeccBinary.run(["diff", "base.yaml", "breaking.yaml", "--format", "markdown"], in: folder)
        #expect(markdown.stdout.hasPrefix("## API changes\n\n| level | changes |\n"))
        #expect(markdown.status == 1)
        let changelog = try SpeccBinary.run(["diff", "base.yaml", "warning.yaml", "--changelog"], in: folder)
        #expect(changelog.status == 0)
        #expect(
            changelog.stdout == """
                # Changelog: 1 → 1

                0 breaking changes, 1 warning, 0 infos.

                ## Warnings

                ### Document

                - server 'https://old.example.com' removed (`server-removed`)

                """)
    }
}
