import PageParser
import SiteGen
import SpecDiagnostics
import Testing

@Suite struct SiteViewModelTests {
    @Test func escapesEveryMarkupCharacter() {
        #expect(HTML.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test func headingAnchorsAreSlugifiedAndDeduplicated() {
        let file = SourceFile(path: "p.md", bytes: Array("# Hello, World!\n\n## Setup\n\n## Setup\n\n## Über uns\n".utf8))
        let page = PageParser.parse(file: file, into: DiagnosticCollector())
        #expect(page.headings.map(\.anchor) == ["hello-world", "setup", "setup-2", "über-uns"])
        #expect(page.headings.map(\.line) == [1, 3, 5, 7])
        #expect(page.title == "Hello, World!")
    }

    @Test func frontMatterKeysAndLinksAreLocated() {
        let text = "---\ntitle: A\npath: ./guides/a.md\nflavour: x\nstatus: draft\n---\n\n# A\n\nSee [b](op:getB) and\n[c](#a).\n"
        let sink = DiagnosticCollector()
        let page = PageParser.parse(file: SourceFile(path: "a.md", bytes: Array(text.utf8)), into: sink)
        #expect(page.slug == "guides/a")
        #expect(!page.isPublished)
        #expect(sink.diagnostics.map(\.formatted) == [
            "a.md:4:1: warning[unknown-front-matter-key]: unknown front matter key 'flavour', expected one of 'order', 'path', 'status', 'title'"
        ])
        #expect(page.links.map { "\($0.target)@\($0.line):\($0.column)" } == ["op:getB@10:5", "#a@11:1"])
    }

    @Test func brokenLinksAreFindingsWithTheirPlace() {
        let text = "# A\n\nSee [b](op:nope) and [c](missing.md).\n"
        let page = PageParser.parse(file: SourceFile(path: "a.md", bytes: Array(text.utf8)), into: DiagnosticCollector())
        let sink = DiagnosticCollector()
        let api = SpecNormalizerAPI.empty
        _ = SiteGenerator.generate(api: api, pages: [page], templates: SiteTemplates(files: [:]), into: sink)
        #expect(sink.diagnostics.map(\.formatted).sorted() == [
            "a.md:3:22: error[broken-link]: link 'missing.md' names no published page 'missing'",
            "a.md:3:5: error[broken-link]: link 'op:nope' names no operation with operationId 'nope'",
        ])
    }
}
