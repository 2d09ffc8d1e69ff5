import Foundation
import Pipeline
import SiteGen
import Testing

@Suite struct SiteXSSTests {
    static let payload = #"<script>alert(1)</script> \"><img src=x onerror=alert(1)> [x](javascript:alert(1))"#

    static var yaml: String {
        let p = "\"\(payload)\""
        return """
            openapi: 3.0.3
            info: {title: \(p), version: \(p), description: \(p)}
            servers: [{url: "javascript:alert(1)", description: \(p)}]
            tags: [{name: \(p), description: \(p)}]
            paths:
              /x/{id}:
                get:
                  operationId: \(p)
                  summary: \(p)
                  description: \(p)
                  tags: [\(p)]
                  parameters:
                    - {name: \(p), in: query, description: \(p), schema: {type: string, enum: [\(p)], default: \(p)}}
                    - {name: id, in: path, required: true, schema: {type: string, pattern: \(p)}}
                  responses:
                    default:
                      description: \(p)
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Evil'}
            components:
              schemas:
                Evil:
                  type: object
                  description: \(p)
                  properties:
                    \(p): {type: string, example: \(p), format: \(p)}
            """
    }

    @Test func payloadsProduceNoExecutableMarkup() throws {
        let folder = NSTemporaryDirectory() + "specc-xss-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.yaml.write(toFile: folder + "/openapi.yaml", atomically: true, encoding: .utf8)
        try "---\ntitle: \(Self.payload)\n---\n\n# \(Self.payload)\n\n\(Self.payload)\n".write(
            toFile: folder + "/page.md", atomically: true, encoding: .utf8)
        let result = Pipeline().site(folder + "/openapi.yaml", pagePaths: [folder + "/page.md"])
        Self.expectNoExecutableMarkup(in: result.files, atLeast: 5)
    }

    /// Places the first document leaves out: tag groups, security schemes and scopes, request bodies and their
    /// Swift sample, response headers, and a guide's table of contents. The template engine escapes nothing, so
    /// each of these must be escaped by its view.
    static var moreYAML: String {
        let p = "\"\(payload)\""
        return """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            servers: [{url: \(p), description: \(p), variables: {v: {default: \(p), enum: [\(p)], description: \(p)}}}]
            x-tagGroups: [{name: \(p), tags: [\(p)]}]
            security: [{\(p): [\(p)]}]
            paths:
              /y:
                post:
                  operationId: y
                  tags: [\(p)]
                  parameters:
                    - {name: h, in: header, required: true, schema: {type: string, example: \(p)}}
                  requestBody:
                    description: \(p)
                    required: true
                    content:
                      application/json:
                        schema:
                          type: object
                          required: [a, b]
                          properties:
                            a: {type: string, example: \(p)}
                            b: {type: string, enum: [\(p)]}
                  responses:
                    '200':
                      description: \(p)
                      headers:
                        X-Evil: {description: \(p), schema: {type: string, pattern: \(p)}}
            components:
              securitySchemes:
                \(p): {type: apiKey, in: header, name: \(p), description: \(p)}
            """
    }

    @Test func payloadsInLessCommonPlacesProduceNoExecutableMarkup() throws {
        let folder = NSTemporaryDirectory() + "specc-xss-more-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.moreYAML.write(toFile: folder + "/openapi.yaml", atomically: true, encoding: .utf8)
        let page = "# A\n\n## \(Self.payload)\n\n### \(Self.payload)\n\n## \(Self.payload)\n"
        try page.write(toFile: folder + "/page.md", atomically: true, encoding: .utf8)
        let result = Pipeline().site(folder + "/openapi.yaml", pagePaths: [folder + "/page.md"])
        Self.expectNoExecutableMarkup(in: result.files, atLeast: 5)
        // The payload did reach the pages (escaped), so the places above were really rendered.
        let operation = result.files.first { $0.path == "operations/y.html" }?.text ?? ""
        #expect(operation.contains("<figcaption>Swift</figcaption>"))
        #expect(operation.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let guide = result.files.first { $0.path.hasPrefix("guides/") && $0.path.hasSuffix(".html") }?.text ?? ""
        #expect(guide.contains(#"<nav class="toc""#))
        let home = result.files.first { $0.path == "index.html" }?.text ?? ""
        #expect(home.contains(#"<dl class="server-variables"><dt><code>"#), "the server variables were rendered")
    }

    static func expectNoExecutableMarkup(in files: [SiteFile], atLeast count: Int) {
        let html = files.filter { $0.path.hasSuffix(".html") }
        #expect(html.count >= count)
        for file in html {
            let text = file.text
            let scripts = text.components(separatedBy: "<script").count - 1
            #expect(scripts == 1, "\(file.path): \(scripts) script tags")
            // The payload stays visible as escaped text; what must not exist is a URL attribute that runs it.
            #expect(
                SiteTestSupport.matches(#"(?i)\s(?:href|src|action|formaction)\s*=\s*["']?\s*(javascript:[^"'>]*)"#, in: text) == [],
                "\(file.path) has a javascript: URL")
            #expect(SiteTestSupport.matches(#"<[^>]*\s(on[a-z]+)\s*="#, in: text) == [], "\(file.path) has an on* attribute")
            #expect(!text.contains("<img"), "\(file.path) has an injected img")
        }
    }
}
