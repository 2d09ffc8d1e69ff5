import Pipeline
import Testing

/// `validate` with guide pages: their links are checked as the site checks them, without rendering it.
@Suite struct ValidatePagesTests {
    static let document = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
        components:
          schemas:
            Pet: {type: object, properties: {name: {type: string}}}
        """

    static let brokenPage = """
        ---
        title: Guide
        ---

        # Guide

        See [the other page](./missing) and [a heading](#nowhere).

        Call [it](op:listPetz) or read [Pet](schema:Pet) and [Dog](schema:Dog).
        """

    static let cleanPages = [
        "pages/guide.md": """
        ---
        title: Guide
        order: 1
        ---

        # Guide

        ## Setup

        Read [the intro](./intro#first-steps), [setup](#setup), [list pets](op:listPets), [Pet](schema:Pet),
        and [the web](https://example.com/x#y).
        """,
        "pages/intro.md": "# Intro\n\n## First steps\n\nBack to the [guide](guide.md).\n",
        // Drafts are not published: their own links are not checked.
        "pages/draft.md": "---\nstatus: draft\n---\n# Draft\n\n[nothing](./nowhere)\n",
    ]

    func findings(_ pages: [String: String]) -> [String] {
        var files = pages
        files["openapi.yaml"] = Self.document
        let pipeline = Pipeline(fileSystem: MemoryFileSystem(files))
        let result = pipeline.validate("openapi.yaml", pagePaths: pipeline.pagePaths(forDocument: "openapi.yaml"))
        return result.diagnostics.map(\.formatted)
    }

    @Test func brokenLinksAreFindingsAtTheLink() {
        #expect(
            findings(["pages/guide.md": Self.brokenPage]) == [
                "pages/guide.md:7:5: error[broken-link]: link './missing' names no published page 'missing'",
                "pages/guide.md:7:37: error[broken-link]: link '#nowhere' names no heading '#nowhere' in page 'guide'",
                "pages/guide.md:9:6: error[broken-link]: link 'op:listPetz' names no operation with operationId 'listPetz'",
                "pages/guide.md:9:54: error[broken-link]: link 'schema:Dog' names no schema 'Dog'",
            ])
    }

    @Test func cleanPagesHaveNoFindings() {
        #expect(findings(Self.cleanPages) == [])
    }

    @Test func aLinkToADraftIsBroken() {
        let pages = ["pages/a.md": "# A\n\n[draft](draft.md)\n", "pages/draft.md": "---\nstatus: draft\n---\n# D\n"]
        #expect(
            findings(pages) == ["pages/a.md:3:1: error[broken-link]: link 'draft.md' names no published page 'draft'"])
    }

    @Test func pagesAreFoundBesideTheDocumentOrInTheNamedFolder() {
        let pipeline = Pipeline(
            fileSystem: MemoryFileSystem([
                "spec/openapi.yaml": "", "spec/pages/a.md": "", "spec/pages/deep/b.md": "", "spec/pages/c.txt": "",
                "docs/d.md": "",
            ]))
        #expect(pipeline.pagePaths(forDocument: "spec/openapi.yaml") == ["spec/pages/a.md", "spec/pages/deep/b.md"])
        #expect(pipeline.pagePaths(forDocument: "spec/openapi.yaml", folder: "docs") == ["docs/d.md"])
        #expect(pipeline.pagePaths(forDocument: "openapi.yaml") == [])
    }

    @Test func withoutPagesValidateIsUnchanged() {
        let pipeline = Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": Self.document + "\nx-extra: [\n"]))
        let plain = pipeline.validate("openapi.yaml")
        let withNoPages = pipeline.validate("openapi.yaml", pagePaths: [])
        #expect(plain.diagnostics == withNoPages.diagnostics)
        #expect(!plain.diagnostics.isEmpty)
    }

    @Test func levelsApplyToPageFindings() {
        var files = ["pages/guide.md": Self.brokenPage]
        files["openapi.yaml"] = Self.document
        let pipeline = Pipeline(
            fileSystem: MemoryFileSystem(files), config: PipelineConfig(ruleLevels: ["broken-link": .warning]))
        let result = pipeline.validate("openapi.yaml", pagePaths: ["pages/guide.md"])
        #expect(result.diagnostics.count == 4)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
    }
}
