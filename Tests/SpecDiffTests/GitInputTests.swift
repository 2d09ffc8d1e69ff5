import Foundation
import Pipeline
import SpecDiff
import Testing
import TestSupport

/// `git:REF:path` inputs: a multi-file spec committed in a temporary repository, then edited on disk.
@Suite struct GitInputTests {
    private let scratch = ScratchFolder("specc-diff-git")
    var folder: String { scratch.path }

    static let root = """
        openapi: 3.1.0
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: './schemas/pet.yaml'

        """
    static let pet = """
        type: object
        properties:
          id:
            type: integer
          name:
            type: string

        """

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/schemas", withIntermediateDirectories: true)
        try Self.root.write(toFile: folder + "/openapi.yaml", atomically: true, encoding: .utf8)
        try Self.pet.write(toFile: folder + "/schemas/pet.yaml", atomically: true, encoding: .utf8)
        try git("init", "-q")
        try git("add", ".")
        try git("-c", "user.name=specc", "-c", "user.email=specc@example.com", "commit", "-q", "-m", "spec")
        // The working copy: a property dropped from the referenced file, a new operation in the root file.
        try Self.pet.replacingOccurrences(of: "  name:\n    type: string\n", with: "").write(
            toFile: folder + "/schemas/pet.yaml", atomically: true, encoding: .utf8)
        try
            (Self.root
            + "  /owners:\n    get:\n      operationId: listOwners\n      responses:\n        '200':\n          description: ok\n")
            .write(toFile: folder + "/openapi.yaml", atomically: true, encoding: .utf8)
    }

    private func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    private func diff(_ base: String, _ revision: String) throws -> DiffResult {
        let pipeline = Pipeline(fileSystem: DiskFileSystem(baseDirectory: folder))
        return pipeline.diff(
            base: try #require(DiffSource(argument: base)), revision: try #require(DiffSource(argument: revision)),
            options: DiffOptions(today: DiffRun.today))
    }

    @Test func committedSpecAgainstWorkingCopyReadsEveryFileFromTheRevision() throws {
        let result = try diff("git:HEAD:openapi.yaml", "openapi.yaml")
        #expect(result.diagnostics.map(\.formatted) == [])
        #expect(
            result.changes.formatted == """
                git:HEAD:schemas/pet.yaml:5:3: error[property-removed]: GET /pets: property 'name' removed from schema 'pet' in responses
                openapi.yaml:15:5: info[operation-added]: GET /owners: operation added

                """)
        #expect(
            result.sources.all.map(\.path).sorted() == [
                "git:HEAD:openapi.yaml", "git:HEAD:schemas/pet.yaml", "openapi.yaml", "schemas/pet.yaml",
            ])
    }

    @Test func sameRevisionOnBothSidesHasNoChanges() throws {
        let result = try diff("git:HEAD:openapi.yaml", "git:HEAD:openapi.yaml")
        #expect(result.isComplete)
        #expect(result.changes == [])
    }

    @Test func unknownRevisionOrPathIsReported() throws {
        let missing = try diff("git:HEAD:missing.yaml", "openapi.yaml")
        #expect(!missing.isComplete)
        #expect(
            missing.diagnostics.map(\.formatted) == ["error[unreadable-file]: cannot read 'missing.yaml': no such file"]
        )
        let unknown = try diff("git:no-such-branch:openapi.yaml", "openapi.yaml")
        #expect(!unknown.isComplete)
        #expect(unknown.diagnostics.count == 1)
        #expect(unknown.diagnostics.first?.message.contains("no-such-branch") == true)
    }

    @Test func gitArgumentsAreParsed() {
        #expect(
            DiffSource(argument: "git:origin/main:spec/openapi.yaml")
                == DiffSource(path: "spec/openapi.yaml", revision: "origin/main"))
        #expect(DiffSource(argument: "spec/openapi.yaml") == DiffSource(path: "spec/openapi.yaml"))
        #expect(DiffSource(argument: "git:HEAD") == nil)
        #expect(DiffSource(argument: "git::openapi.yaml") == nil)
        #expect(DiffSource(argument: "git:HEAD:") == nil)
    }
}
