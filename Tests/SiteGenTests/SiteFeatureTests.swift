import Foundation
import Pipeline
import SiteGen
import SpecNormalizer
import Testing
import TestSupport

/// Code samples, `x-tagGroups`, Markdown twins, `llms.txt` and the bundled document.
@Suite struct SiteFeatureTests {
    static let yaml = """
        openapi: 3.0.3
        info: {title: Shop, version: '2'}
        servers: [{url: 'https://shop.example.com/api/'}]
        x-tagGroups:
          - {name: Store, tags: [orders, items, missing]}
          - {name: Empty, tags: [missing]}
        tags: [{name: items}, {name: orders}, {name: admin}]
        security: [{key: []}]
        paths:
          /orders/{orderId}:
            put:
              operationId: putOrder
              tags: [orders]
              parameters:
                - {name: orderId, in: path, required: true, schema: {type: string, example: 'A 1'}}
                - {name: dryRun, in: query, required: true, schema: {type: boolean}}
                - {name: page, in: query, schema: {type: integer}}
                - {name: X-Trace, in: header, required: true, schema: {type: string, enum: [on]}}
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties: {note: {type: string, example: "it's"}, gift: {type: boolean, nullable: true, default: null}}
              responses: {'204': {description: Done.}}
          /items:
            get:
              operationId: listItems
              tags: [items]
              responses: {'200': {description: OK.}}
          /admin:
            get:
              operationId: admin
              tags: [admin]
              responses: {'200': {description: OK.}}
        components:
          securitySchemes:
            key: {type: apiKey, in: header, name: X-Key}
        """

    static func site() -> SiteResult {
        Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": yaml])).site("openapi.yaml", pagePaths: [])
    }

    static func text(_ result: SiteResult, _ path: String) -> String {
        result.files.first { $0.path == path }?.text ?? "missing \(path)"
    }

    @Test func codeSamplesSendParametersCredentialsAndTheExampleBody() {
        let markdown = Self.text(Self.site(), "operations/putOrder.md")
        let samples = markdown.split(separator: "## Code samples\n\n", maxSplits: 1).last.map(String.init) ?? ""
        #expect(samples == #"""
            ### curl

            ```sh
            curl -X PUT 'https://shop.example.com/api/orders/A%201?dryRun=true' \
              -H "X-Key: $API_KEY" \
              -H 'X-Trace: on' \
              -H 'Content-Type: application/json' \
              -d '{
              "gift": null,
              "note": "it'\''s"
            }'
            ```

            ### Python

            ```python
            import os
            import requests

            response = requests.put(
                "https://shop.example.com/api/orders/A%201",
                params={"dryRun": "true"},
                headers={
                    "X-Key": "" + os.environ["API_KEY"],
                    "X-Trace": "on",
                    "Content-Type": "application/json",
                },
                json={
                    "gift": None,
                    "note": "it's"
                },
            )
            print(response.status_code, response.text)
            ```

            ### JavaScript

            ```js
            const response = await fetch("https://shop.example.com/api/orders/A%201?dryRun=true", {
              method: "PUT",
              headers: {
                "X-Key": "" + process.env.API_KEY,
                "X-Trace": "on",
                "Content-Type": "application/json"
              },
              body: JSON.stringify({
                "gift": null,
                "note": "it's"
              }),
            });
            console.log(response.status, await response.text());
            ```

            ### Swift

            ```swift
            let client = Client(
                serverURL: URL(string: "https://shop.example.com/api/")!,
                transport: URLSessionTransport(),
                credentials: .init(key: "…")
            )
            let output = try await client.putOrder(.init(
                path: .init(orderId: "A 1"),
                query: .init(dryRun: true),
                headers: .init(xTrace: .on),
                body: .json(.init())
            ))
            ```


            """#)
        let html = Self.text(Self.site(), "operations/putOrder.html")
        let captions = SiteTestSupport.matches("<figcaption>([^<]*)</figcaption>", in: html)
        #expect(captions == ["curl", "Python", "JavaScript", "Swift"])
        #expect(html.contains("-H &quot;X-Key: $API_KEY&quot;"))
    }

    @Test func tagGroupsOrderTheSidebarAndHomePageWithTheRestUnderOther() {
        let result = Self.site()
        let home = Self.text(result, "index.html")
        let nav = SiteTestSupport.matches(#"(?s)<h2>Reference</h2>\n(<ul>.*?)\n</nav>"#, in: home).first ?? ""
        #expect(nav == """
            <ul><li class="group"><span class="group-name">Store</span>
            <ul><li><a href="tags/orders.html">orders</a>
            </li>
            <li><a href="tags/items.html">items</a>
            </li>
            </ul></li>
            <li class="group"><span class="group-name">Other</span>
            <ul><li><a href="tags/admin.html">admin</a>
            </li>
            </ul></li>
            </ul>
            """)
        let groups = SiteTestSupport.matches(#"<li class="group"><h3>([^<]*)</h3>"#, in: home)
        #expect(groups == ["Store", "Other"])
        // Previous/next follows the grouped order: orders, items, admin.
        let pager = SiteTestSupport.matches(#"<a class="next" href="\.\./([^"]*)""#, in: Self.text(result, "operations/putOrder.html"))
        #expect(pager == ["operations/listItems.html"])
        #expect(Self.text(result, "index.md").contains("### Store\n\n- [orders](tags/orders.md) (1)\n- [items](tags/items.md) (1)\n\n### Other\n\n- [admin](tags/admin.md) (1)\n"))
    }

    @Test func theHomePageExplainsEachServerVariable() {
        let yaml = Self.yaml.replacingOccurrences(
            of: "servers: [{url: 'https://shop.example.com/api/'}]",
            with: """
                servers:
                  - url: 'https://shop.example.com/api/'
                  - url: '{scheme}://{region}.shop.example.com'
                    description: Regional *mirror* <b>x</b>
                    variables:
                      scheme: {default: https, enum: [https, http]}
                      region: {default: eu, description: Where the data stays & is served.}
                """)
        let result = Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": yaml])).site("openapi.yaml", pagePaths: [])
        let home = Self.text(result, "index.html")
        // A server without variables stays a bare URL.
        #expect(home.contains("<li><code>https://shop.example.com/api/</code></li>"), "\(home)")
        #expect(
            home.contains(
                "<li><code>{scheme}://{region}.shop.example.com</code><p>Regional <em>mirror</em> "
                    + "<!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n"
                    + "<dl class=\"server-variables\"><dt><code>scheme</code></dt><dd>default <code>https</code>; one of "
                    + "<code>https</code>, <code>http</code></dd><dt><code>region</code></dt><dd>default <code>eu</code>"
                    + "<p>Where the data stays &amp; is served.</p>\n</dd></dl></li>"), "\(home)")
        let twin = Self.text(result, "index.md")
        #expect(
            twin.contains(
                "- `{scheme}://{region}.shop.example.com` — Regional *mirror* <b>x</b>\n"
                    + "  - `scheme`: default `https`; one of `https`, `http`\n"
                    + "  - `region`: default `eu`. Where the data stays & is served.\n"), "\(twin)")
    }

    @Test func withoutTagGroupsTheSidebarHasNoGroupHeadings() {
        let yaml = Self.yaml.replacingOccurrences(of: "x-tagGroups", with: "x-unused")
        let result = Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": yaml])).site("openapi.yaml", pagePaths: [])
        #expect(!Self.text(result, "index.html").contains("group"))
    }

    @Test func everyPageHasAMarkdownTwinListedInLLMsText() throws {
        let result = Self.site()
        let paths = Set(result.files.map(\.path))
        let pages = paths.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(pages.count == 7)
        for page in pages.sorted() {
            let twin = String(page.dropLast(5)) + ".md"
            #expect(paths.contains(twin), "\(page) has no twin")
            #expect(Self.text(result, page).contains(#"<link rel="alternate" type="text/markdown" href=""#))
        }
        #expect(Self.text(result, "llms.txt") == """
            # Shop

            - [Overview](index.md)
            - [OpenAPI document](openapi.json)

            ## Operations

            - [PUT /orders/{orderId}](operations/putOrder.md)
            - [GET /items](operations/listItems.md)
            - [GET /admin](operations/admin.md)

            """)
        #expect(Self.text(result, "operations/putOrder.md").contains("""
            | Name | In | Type | Required | Description |
            |---|---|---|---|---|
            | `orderId` | path | string | yes |  |
            | `dryRun` | query | boolean | yes |  |
            | `page` | query | integer | no |  |
            | `X-Trace` | header | string | yes |  |

            ## Request body

            ### application/json

            Type: object

            - `note` string
            - `gift` boolean | null (default null)

            """))
    }

    @Test func theBundledDocumentIsCanonicalJSONLinkedFromHome() throws {
        let result = Self.site()
        let document = try #require(result.normalization.validation.document)
        let bundle = try #require(result.files.first { $0.path == "openapi.json" })
        #expect(bundle.bytes == CanonicalHasher.canonicalJSON(document))
        #expect(bundle.text.hasPrefix(#"{"components":"#))
        #expect(Self.text(result, "index.html").contains(#"<a href="openapi.json" download>Download the OpenAPI document (openapi.json)</a>"#))
        #expect(SiteTestSupport.brokenLinks(in: result.files) == [])
    }
    @Test func relativeDescriptionLinksResolveToPagesOrBecomeText() {
        let yaml = Self.yaml.replacingOccurrences(
            of: "info: {title: Shop, version: '2'}",
            with: "info: {title: Shop, version: '2', description: '[a](#tag/orders) [b](#operation/listItems) [c](/docs/x) [d](#nowhere) [e](#operations) [f](https://x.example/)'}")
        let result = Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": yaml])).site("openapi.yaml", pagePaths: [])
        let home = Self.text(result, "index.html")
        #expect(home.contains(##"<p><a href="tags/orders.html">a</a> <a href="operations/listItems.html">b</a> c d <a href="#operations">e</a> <a href="https://x.example/">f</a></p>"##))
        #expect(!home.contains("specc-link"))
        #expect(SiteTestSupport.brokenLinks(in: result.files) == [])
    }
}

/// The 404 page is served in place of missing paths at any depth: with a base URL its links are absolute.
@Suite struct SiteNotFoundPageTests {
    static let yaml = """
        openapi: 3.0.3
        info: {title: 'Shop <b>', version: '1'}
        paths:
          /items:
            get:
              operationId: listItems
              responses: {'200': {description: OK.}}
        """

    private func page(_ path: String, baseURL: String?) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specc-404-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("openapi.yaml").path
        try Self.yaml.write(toFile: document, atomically: true, encoding: .utf8)
        let result = Pipeline().site(document, pagePaths: [], config: SiteConfig(baseURL: baseURL))
        return try #require(result.files.first { $0.path == path }).text
    }

    @Test func withABaseURLTheNotFoundPageLinksAbsolutely() throws {
        let notFound = try page("404.html", baseURL: "https://docs.example.com/shop")
        #expect(notFound.contains(#"href="https://docs.example.com/shop/assets/site.css""#))
        #expect(notFound.contains(#"src="https://docs.example.com/shop/assets/site.js""#))
        #expect(notFound.contains(#"href="https://docs.example.com/shop/index.html""#))
        #expect(!notFound.contains(#"href="assets/"#))
        // Other pages stay relative, so the site still works from disk.
        let home = try page("index.html", baseURL: "https://docs.example.com/shop")
        #expect(home.contains(#"href="assets/site.css""#))
        #expect(!home.contains("https://docs.example.com/shop/assets"))
    }

    @Test func withoutABaseURLTheNotFoundPageStaysRelative() throws {
        let notFound = try page("404.html", baseURL: nil)
        #expect(notFound.contains(#"href="assets/site.css""#))
    }

    @Test func theBaseURLIsEscapedInTheNotFoundPage() throws {
        let notFound = try page("404.html", baseURL: #"https://docs.example.com/a"b<c"#)
        #expect(!notFound.contains(#"a"b<c"#))
        #expect(notFound.contains("a&quot;b&lt;c/assets/site.css"))
    }
}
