import Testing
import TestSupport

@Suite struct SiteLinkCheckTests {
    /// Every href/src of the generated site resolves to a generated file and, with a fragment, to an id in it.
    @Test(arguments: ["spec/openapi.yaml", "corpus:oai-petstore/petstore.yaml"])
    func everyInternalLinkResolves(document: String) {
        let path = document.hasPrefix("corpus:")
            ? TestPaths.corpus + "/" + document.dropFirst(7) : TestPaths.packageRoot + "/" + document
        let pages = document == "spec/openapi.yaml"
            ? ["authentication.md", "overview.md"].map { TestPaths.packageRoot + "/spec/pages/" + $0 } : []
        let result = SiteTestSupport.build(path, pages: pages)
        #expect(result.files.count > 5)
        #expect(result.diagnostics.filter { $0.id.rawValue == "broken-link" }.map(\.formatted) == [])
        #expect(SiteTestSupport.brokenLinks(in: result.files) == [])
        for file in result.files where file.path.hasSuffix(".html") {
            #expect(file.text.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';"#), "\(file.path) has no CSP")
            #expect(SiteTestSupport.matches("(<script)", in: file.text).count == 1, "\(file.path) needs exactly one script tag")
        }
    }
}
