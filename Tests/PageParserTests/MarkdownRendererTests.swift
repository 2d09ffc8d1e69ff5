import PageParser
import Testing

@Suite struct MarkdownRendererTests {
    @Test func rendersGitHubFlavouredTables() {
        let html = MarkdownRenderer.render("| a | b |\n|---|---|\n| 1 | ~~2~~ |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>2</del>"))
    }

    @Test func dropsRawHTMLAndScriptLinks() {
        let html = MarkdownRenderer.render("<script>alert(1)</script>\n\n[x](javascript:alert(1))\n")
        #expect(!html.contains("<script>"))
        #expect(html.contains("raw HTML omitted"))
        #expect(html.contains("<a href=\"\">x</a>"))
    }

    @Test func marksFencedCodeWithItsLanguage() {
        let html = MarkdownRenderer.render("```http\nGET /api/me\n```\n")
        #expect(html == "<pre lang=\"http\"><code>GET /api/me\n</code></pre>\n")
    }
}
