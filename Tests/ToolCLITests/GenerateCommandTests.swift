import Foundation
import TestSupport
import Testing

/// `specc generate` run as a binary in a temporary project: what it writes, what it leaves alone, templates,
/// filters, the configuration file and exit codes.
@Suite struct GenerateCommandTests {
    private let scratch = ScratchFolder("specc-generate-cli")
    var folder: String { scratch.path }

    /// Two tags, a schema each tag reaches, one reached through another, and one nothing uses.
    static let shop = """
        openapi: 3.1.0
        info: {title: Shop, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
          /stores/{id}:
            get:
              operationId: getStore
              tags: [stores]
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Store'}
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                category: {$ref: '#/components/schemas/Category'}
            Category:
              type: object
              properties:
                label: {type: string}
            Store:
              type: object
              properties:
                city: {type: string}
            Orphan:
              type: object
              properties:
                lonely: {type: boolean}

        """

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/spec", withIntermediateDirectories: true)
        let petstore = try String(contentsOfFile: TestPaths.corpus + "/oai-petstore/petstore.yaml", encoding: .utf8)
        try write(petstore, to: "spec/openapi.yaml")
        try write(Self.shop, to: "spec/shop.yaml")
    }

    func write(_ text: String, to path: String) throws {
        let full = folder + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
    }

    /// The files of `path` in the project, sorted.
    func files(in path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + path)) ?? []).sorted()
    }

    func modificationDates(in path: String) throws -> [String: Date] {
        var dates: [String: Date] = [:]
        for name in files(in: path) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + path + "/" + name)
            dates[name] = attributes[.modificationDate] as? Date
        }
        return dates
    }

    /// The component structs declared in the generated folder's `Schemas+*.swift` files, sorted.
    func schemaNames(in path: String) throws -> [String] {
        var names: [String] = []
        for name in files(in: path) where name.hasPrefix("Schemas+") {
            // Component types sit one level deep in `extension Schemas {`; nested types sit deeper.
            for line in try read(path + "/" + name).split(separator: "\n") where line.hasPrefix("    internal struct ")
            {
                names.append(String(line.dropFirst("    internal struct ".count).prefix { $0 != ":" }))
            }
        }
        return names.sorted()
    }

    @Test func writesTheStubsIntoTheOutputFolder() throws {
        let output = try SpeccBinary.run(["generate", "spec/openapi.yaml", "--output", "Generated"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr == "specc: stubs: 23 files in 'Generated' (23 written, 0 unchanged)\n")
        #expect(
            files(in: "Generated") == [
                "Client+Pets.swift", "Client.swift", "Namespaces.swift", "Operations+Pets.swift", "Schemas+E.swift",
                "Schemas+P.swift", "Server+Pets.swift", "Server.swift", "SpeccBodies.swift", "SpeccCheck.swift", "SpeccClientCore.swift",
                "SpeccCoding.swift", "SpeccDateTime.swift", "SpeccJSON.swift", "SpeccJSONEncoder.swift", "SpeccJSONValue.swift",
                "SpeccJSONWriter.swift", "SpeccOpenEnum.swift",
                "SpeccParameterValue.swift", "SpeccParameters.swift", "SpeccQuery.swift", "SpeccRequestError.swift",
                "SpeccServerCore.swift",
            ])
        let client = try read("Generated/Client.swift")
        #expect(client.hasPrefix("// Generated by specc from openapi.yaml. Do not edit"))
        #expect(client.contains("internal struct Client"))
    }

    @Test func secondRunWritesNothingAndKeepsModificationTimes() throws {
        let first = try SpeccBinary.run(["generate", "spec/openapi.yaml", "--output", "Generated"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try modificationDates(in: "Generated")
        let second = try SpeccBinary.run(["generate", "spec/openapi.yaml", "--output", "Generated"], in: folder)
        #expect(second.status == 0)
        #expect(second.stderr == "specc: stubs: 23 files in 'Generated' (0 written, 23 unchanged)\n")
        let after = try modificationDates(in: "Generated")
        #expect(before.count == 23)
        #expect(after == before)
    }

    @Test func staleGeneratedFilesGoAndTheUsersFilesStay() throws {
        let header = "// Generated by specc from openapi.yaml. Do not edit: run `specc generate` again.\n"
        try write(header + "extension Operations {}\n", to: "Generated/Operations+Stores.swift")
        try write("// My own helpers.\nextension Client {}\n", to: "Generated/Client+Helpers.swift")
        try write(header, to: "Generated/notes.txt")
        let output = try SpeccBinary.run(["generate", "spec/openapi.yaml", "--output", "Generated"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr == "specc: stubs: 23 files in 'Generated' (23 written, 0 unchanged, 1 removed)\n")
        let names = files(in: "Generated")
        #expect(!names.contains("Operations+Stores.swift"))
        #expect(names.contains("Client+Helpers.swift"))
        #expect(names.contains("notes.txt"))
        #expect(try read("Generated/Client+Helpers.swift") == "// My own helpers.\nextension Client {}\n")
    }

    @Test func overriddenTemplateChangesOnlyItsPart() throws {
        let builtin = try String(
            contentsOfFile: TestPaths.packageRoot + "/Templates/swift/alias.mustache", encoding: .utf8)
        // The petstore's `Pets` is an array: a type alias.
        try write("// Alias {{name}}, from my template.\n" + builtin, to: "MyTemplates/alias.mustache")
        let plain = try SpeccBinary.run(["generate", "spec/openapi.yaml", "--output", "Plain"], in: folder)
        #expect(plain.status == 0, "\(plain.stderr)")
        let custom = try SpeccBinary.run(
            ["generate", "spec/openapi.yaml", "--output", "Custom", "--templates", "MyTemplates"], in: folder)
        #expect(custom.status == 0, "\(custom.stderr)")
        #expect(files(in: "Custom") == files(in: "Plain"))
        var changed: [String] = []
        for name in files(in: "Plain") {
            let before = try read("Plain/" + name)
            let after = try read("Custom/" + name)
            guard before != after else { continue }
            changed.append(name)
            let added = after.split(separator: "\n", omittingEmptySubsequences: false).filter {
                $0.contains("from my template")
            }
            #expect(added == ["    // Alias Pets, from my template."])
            let without = after.split(separator: "\n", omittingEmptySubsequences: false).filter {
                !$0.contains("from my template")
            }
            #expect(without.joined(separator: "\n") == before)
        }
        #expect(changed == ["Schemas+P.swift"])
    }

    @Test func templateWithASyntaxErrorIsLocatedAndNothingIsWritten() throws {
        try write("{{> swift/doc}}\n{{access}} struct {{name} {\n", to: "MyTemplates/swift/struct.mustache")
        let output = try SpeccBinary.run(
            ["generate", "spec/openapi.yaml", "--output", "Generated", "--templates", "MyTemplates"], in: folder)
        #expect(output.status == 1)
        #expect(
            output.stderr == """
                MyTemplates/swift/struct.mustache:2:19: error[invalid-template]: template \
                'MyTemplates/swift/struct.mustache' does not render: unclosed tag, expected '}}'
                specc: nothing written

                """)
        #expect(!FileManager.default.fileExists(atPath: folder + "/Generated"))
    }

    @Test func clientModeBringsTheTypes() throws {
        let output = try SpeccBinary.run(
            ["generate", "spec/openapi.yaml", "--output", "Generated", "--mode", "client"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        let names = files(in: "Generated")
        #expect(names.contains("Client.swift"))
        #expect(names.contains("Schemas+P.swift"))
        #expect(names.contains("Operations+Pets.swift"))
        #expect(names.contains("SpeccJSON.swift") && names.contains("SpeccClientCore.swift"))
        #expect(!names.contains { $0.hasPrefix("Server") })
    }

    @Test func unknownModeOrAccessIsAUsageError() throws {
        let mode = try SpeccBinary.run(
            ["generate", "spec/openapi.yaml", "--output", "Generated", "--mode", "types,clients"], in: folder)
        #expect(mode.status == 2)
        #expect(mode.stderr.hasPrefix("Error: unknown mode 'clients'; did you mean 'client'?\nUsage: specc generate"))
        let access = try SpeccBinary.run(
            ["generate", "spec/openapi.yaml", "--output", "Generated", "--access", "open"], in: folder)
        #expect(access.status == 2)
        #expect(access.stderr.hasPrefix("Error: unknown access level 'open'; expected public, package or internal\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/Generated"))
    }

    @Test func withoutAnOutputFolderItSaysWhereToNameOne() throws {
        let output = try SpeccBinary.run(["generate", "spec/openapi.yaml"], in: folder)
        #expect(output.status == 2)
        #expect(
            output.stderr.hasPrefix(
                "Error: no output folder: pass --output DIR, or set 'output' under 'generate:' in specc.yaml\n"))
    }

    @Test func tagAndOperationFiltersKeepOnlyReachableSchemas() throws {
        let all = try SpeccBinary.run(["generate", "spec/shop.yaml", "--output", "All"], in: folder)
        #expect(all.status == 0, "\(all.stderr)")
        #expect(try schemaNames(in: "All") == ["Category", "Orphan", "Pet", "Store"])

        let pets = try SpeccBinary.run(["generate", "spec/shop.yaml", "--output", "Pets", "--tag", "pets"], in: folder)
        #expect(pets.status == 0, "\(pets.stderr)")
        // Category comes in through Pet's property.
        #expect(try schemaNames(in: "Pets") == ["Category", "Pet"])
        #expect(files(in: "Pets").filter { $0.hasPrefix("Operations+") } == ["Operations+Pets.swift"])
        #expect(!(try read("Pets/Client+Pets.swift")).contains("getStore"))

        let store = try SpeccBinary.run(
            ["generate", "spec/shop.yaml", "--output", "Store", "--operation", "getStore"], in: folder)
        #expect(store.status == 0, "\(store.stderr)")
        #expect(try schemaNames(in: "Store") == ["Store"])
        #expect(files(in: "Store").filter { $0.hasPrefix("Operations+") } == ["Operations+Stores.swift"])
    }

    @Test func configurationFileGivesTheDefaultsAndFlagsWin() throws {
        try write(
            """
            generate:
              output: FromConfig
              modes: [client]
              access: public
              names: {Pet: Animal}

            """, to: "specc.yaml")
        let configured = try SpeccBinary.run(["generate", "spec/openapi.yaml"], in: folder)
        #expect(configured.status == 0, "\(configured.stderr)")
        let names = files(in: "FromConfig")
        #expect(names.contains("Client.swift") && names.contains("Schemas+A.swift"))
        #expect(!names.contains("Server.swift"))
        #expect(try read("FromConfig/Schemas+A.swift").contains("public struct Animal"))

        let overridden = try SpeccBinary.run(
            ["generate", "spec/openapi.yaml", "--output", "FromFlags", "--access", "package", "--mode", "server"],
            in: folder)
        #expect(overridden.status == 0, "\(overridden.stderr)")
        let flagged = files(in: "FromFlags")
        #expect(flagged.contains("Server.swift") && !flagged.contains("Client.swift"))
        // The names still come from the file.
        #expect(try read("FromFlags/Schemas+A.swift").contains("package struct Animal"))
    }

    @Test func errorInTheConfigurationFileWritesNothing() throws {
        try write("generate:\n  output: Generated\n  modes: [clint]\n", to: "specc.yaml")
        let output = try SpeccBinary.run(["generate", "spec/openapi.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(
            output.stderr == """
                specc.yaml:3:11: error[invalid-config]: unknown mode 'clint'; did you mean 'client'?
                specc: nothing written

                """)
        #expect(!FileManager.default.fileExists(atPath: folder + "/Generated"))
    }
}
