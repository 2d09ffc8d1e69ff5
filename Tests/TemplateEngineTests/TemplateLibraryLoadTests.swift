import Foundation
import TemplateEngine
import Testing

@Suite("Loading templates from directories")
struct TemplateLibraryLoadTests {
    /// A fresh temporary directory holding `files` (relative path → contents), removed by `cleanUp`.
    private func makeDirectory(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("TemplateEngineTests-\(UUID().uuidString)").path
        for (relativePath, contents) in files {
            let path = root + "/" + relativePath
            let parent = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return root
    }

    private func cleanUp(_ directories: String...) {
        for directory in directories { try? FileManager.default.removeItem(atPath: directory) }
    }

    @Test func firstDirectoryWinsAndBuiltinOnlyFilesRemain() throws {
        let user = try makeDirectory([
            "swift/struct.mustache": "user struct {{name}}",
            "notes.txt": "not a template",
        ])
        let builtin = try makeDirectory([
            "swift/struct.mustache": "builtin struct {{name}}",
            "swift/enum.mustache": "builtin enum {{name}}",
            "site/layouts/base.mustache": "<main>{{> swift/struct}}</main>",
        ])
        defer { cleanUp(user, builtin) }

        let library = try TemplateLibrary.load(directories: [user, builtin], fileExtension: "mustache")
        #expect(library.names == ["site/layouts/base", "swift/enum", "swift/struct"])
        let root = TemplateDictionary(["name": .text("Pet")])
        #expect(try library.render("swift/struct", root) == "user struct Pet")
        #expect(try library.render("swift/enum", root) == "builtin enum Pet")
        #expect(try library.render("site/layouts/base", root) == "<main>user struct Pet</main>")
        #expect(library.template(named: "swift/struct")?.name == "swift/struct")

        let builtinFirst = try TemplateLibrary.load(directories: [builtin, user], fileExtension: "mustache")
        #expect(try builtinFirst.render("swift/struct", root) == "builtin struct Pet")
    }

    @Test func otherExtensionsAreIgnored() throws {
        let directory = try makeDirectory(["a.mustache": "a", "b.html": "b", "c.mustache.bak": "c"])
        defer { cleanUp(directory) }
        let library = try TemplateLibrary.load(directories: [directory], fileExtension: "mustache")
        #expect(library.names == ["a"])
        #expect(try TemplateLibrary.load(directories: [directory], fileExtension: "html").names == ["b"])
    }

    @Test func parseErrorsNameTheFile() throws {
        let directory = try makeDirectory(["swift/bad.mustache": "ok\n  {{#open}}\n"])
        defer { cleanUp(directory) }
        do {
            _ = try TemplateLibrary.load(directories: [directory], fileExtension: "mustache")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(directory)/swift/bad.mustache:2:3: unclosed section 'open'")
        }
    }

    @Test func renderErrorsNameTheFile() throws {
        let directory = try makeDirectory(["page.mustache": "{{> missing}}"])
        defer { cleanUp(directory) }
        let library = try TemplateLibrary.load(directories: [directory], fileExtension: "mustache")
        do {
            _ = try library.render("page", TemplateDictionary([:]))
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(directory)/page.mustache:1:1: unknown partial 'missing'")
        }
    }

    @Test func missingDirectoryIsAnError() throws {
        let directory = try makeDirectory([:])
        defer { cleanUp(directory) }
        let missing = directory + "/nope"
        do {
            _ = try TemplateLibrary.load(directories: [missing, directory], fileExtension: "mustache")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(missing): template directory does not exist")
        }
    }
}
