import Foundation
import Testing
import TestSupport

@Suite struct SiteLinkCheckTests {
    /// The small valid corpus documents: checked on every run.
    static let smallDocuments = [
        "oai-petstore/petstore.yaml", "oai-uspto/uspto.json", "oai-link-example/link-example.yaml",
        "oai-webhook-example/webhook-example.yaml", "osv-petstore-separate-v30/spec/openapi.yaml",
        "osv-property-recursive/property-recursive.yaml", "twilio-iam-scim/twilio_iam_scim.yaml",
        "tomtom-3.0/tomtom-3.0.yaml",
    ]

    /// The large ones take minutes in a debug build (site rendering is not yet fast: see the benchmark), so
    /// they run only with `SPECC_SLOW_TESTS=1`.
    static let largeDocuments = [
        "google-books-3.0/google-books-3.0.yaml", "ghes-3.0/ghes-3.0.yaml", "stripe/spec3.yaml", "box/openapi.json",
        "adyen-checkout-v71/CheckoutService-v71.json",
        "adyen-transfer-webhooks-v4/BalancePlatformTransferNotification-v4.json",
        "digitalocean/DigitalOcean-public.v2.yaml", "openai/openapi.yaml",
    ]

    /// Every valid corpus document this run checks.
    static let corpusDocuments =
        smallDocuments + (ProcessInfo.processInfo.environment["SPECC_SLOW_TESTS"] == "1" ? largeDocuments : [])

    /// The largest page a site may have.
    static let maxPageBytes = 300 * 1024

    /// Every href/src of the generated site resolves to a generated file and, with a fragment, to an id in it;
    /// every page holds the CSP and one script tag and stays under `maxPageBytes`.
    @Test(arguments: ["spec/openapi.yaml"] + corpusDocuments.map { "corpus:" + $0 })
    func everyInternalLinkResolves(document: String) {
        let path = document.hasPrefix("corpus:")
            ? TestPaths.corpus + "/" + document.dropFirst(7) : TestPaths.packageRoot + "/" + document
        let pages = document == "spec/openapi.yaml"
            ? ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.packageRoot + "/spec/pages")) ?? [])
                .filter { $0.hasSuffix(".md") }.sorted().map { TestPaths.packageRoot + "/spec/pages/" + $0 } : []
        let result = SiteTestSupport.build(path, pages: pages)
        #expect(result.files.count > 5)
        #expect(result.diagnostics.filter { $0.id.rawValue == "broken-link" }.map(\.formatted) == [])
        #expect(SiteTestSupport.brokenLinks(in: result.files) == [])
        for file in result.files where file.path.hasSuffix(".html") {
            #expect(file.text.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';"#), "\(file.path) has no CSP")
            #expect(SiteTestSupport.matches("(<script)", in: file.text).count == 1, "\(file.path) needs exactly one script tag")
        }
        let oversized = result.files.filter { $0.path.hasSuffix(".html") && $0.bytes.count > Self.maxPageBytes }
            .map { "\($0.path): \($0.bytes.count) bytes" }
        #expect(oversized == [])
        let twins = Set(result.files.map(\.path).filter { $0.hasSuffix(".md") })
        let missingTwins = result.files.map(\.path).filter { $0.hasSuffix(".html") && $0 != "404.html" }
            .filter { !twins.contains(String($0.dropLast(5)) + ".md") }
        #expect(missingTwins == [])
    }
}
