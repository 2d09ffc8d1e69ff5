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
        let folder = NSTemporaryDirectory() + "specc-xss-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.yaml.write(toFile: folder + "/openapi.yaml", atomically: true, encoding: .utf8)
        try "---\ntitle: \(Self.payload)\n---\n\n# \(Self.payload)\n\n\(Self.payload)\n".write(
            toFile: folder + "/page.md", atomically: true, encoding: .utf8)
        let result = Pipeline().site(folder + "/openapi.yaml", pagePaths: [folder + "/page.md"])
        let html = result.files.filter { $0.path.hasSuffix(".html") }
        #expect(html.count >= 5)
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
