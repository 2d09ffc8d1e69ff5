import Foundation
import Testing

@testable import SpecDiagnostics

@Suite struct SARIFRendererTests {
    private static let renderer = SARIFRenderer(
        toolVersion: "1.2.3", informationURI: "https://example.org/specc",
        ruleSummaries: [
            "unresolved-ref": "a $ref names nothing", "unknown-key": "a key the specification does not define",
        ])

    private static func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private static func run(_ log: [String: Any]) throws -> [String: Any] {
        let runs = try #require(log["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        return runs[0]
    }

    @Test func samplesRenderExactly() {
        let renderer = SARIFRenderer(
            toolVersion: "1.2.3", informationURI: "https://example.org/specc",
            ruleSummaries: ["unresolved-ref": "a $ref names nothing"])
        let sarif = renderer.render(RenderingSamples.all, sources: RenderingSamples.sources())
        let location = #"{"physicalLocation":{"artifactLocation":{"uri":"spec/openapi.yaml","uriBaseId":"%SRCROOT%"},"#
        let expected =
            #"{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","#
            + #""runs":[{"columnKind":"utf16CodeUnits","#
            + #""results":[{"level":"note","message":{"text":"document has no 'servers'; clients will need a base URL"#
            + #"\nnote: add a 'servers' list at the top level"},"#
            + #""partialFingerprints":{"speccFindingHash/v1":"f2de0cbfd8616337:1"},"#
            + #""ruleId":"no-servers","ruleIndex":0},"#
            + #"{"level":"warning","locations":["# + location
            + #""region":{"endColumn":34,"endLine":2,"startColumn":29,"startLine":2}}}],"#
            + #""message":{"text":"unknown key 'titel' in 'info', did you mean 'title'?"},"#
            + #""partialFingerprints":{"speccFindingHash/v1":"e2977057039f467a:1"},"#
            + #""ruleId":"unknown-key","ruleIndex":1},"#
            + #"{"level":"error","locations":["# + location
            + #""region":{"endColumn":46,"endLine":8,"startColumn":17,"startLine":8}}}],"#
            + #""message":{"text":"'#/components/responses/Okay' does not exist"},"#
            + #""partialFingerprints":{"speccFindingHash/v1":"438dd41a6ca3e43c:1"},"#
            + #""relatedLocations":[{"id":1,"message":{"text":"did you mean 'Ok'? it is defined here"},"#
            + String(location.dropFirst())
            + #""region":{"endColumn":7,"endLine":11,"startColumn":5,"startLine":11}}}],"#
            + #""ruleId":"unresolved-ref","ruleIndex":2}],"#
            + #""tool":{"driver":{"informationUri":"https://example.org/specc","name":"specc","rules":["#
            + #"{"defaultConfiguration":{"level":"note"},"id":"no-servers","shortDescription":{"text":"no-servers"}},"#
            + #"{"defaultConfiguration":{"level":"warning"},"id":"unknown-key","#
            + #""shortDescription":{"text":"unknown-key"}},"#
            + #"{"defaultConfiguration":{"level":"error"},"id":"unresolved-ref","#
            + #""shortDescription":{"text":"a $ref names nothing"}}],"version":"1.2.3"}}}],"version":"2.1.0"}"#
            + "\n"
        #expect(sarif == expected)
    }

    @Test func logRunAndDriver() throws {
        let log = try Self.parse(Self.renderer.render(RenderingSamples.all, sources: RenderingSamples.sources()))
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let run = try Self.run(log)
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "specc")
        #expect(driver["version"] as? String == "1.2.3")
        #expect(driver["informationUri"] as? String == "https://example.org/specc")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["no-servers", "unknown-key", "unresolved-ref"])
        #expect(
            rules.map { ($0["shortDescription"] as? [String: Any])?["text"] as? String }
                == ["no-servers", "a key the specification does not define", "a $ref names nothing"])
        #expect(
            rules.map { ($0["defaultConfiguration"] as? [String: Any])?["level"] as? String }
                == ["note", "warning", "error"])
    }

    @Test func resultsLevelsMessagesAndLocations() throws {
        let run = try Self.run(
            try Self.parse(Self.renderer.render(RenderingSamples.all, sources: RenderingSamples.sources())))
        let results = try #require(run["results"] as? [[String: Any]])
        try #require(results.count == 3)
        #expect(results.map { $0["ruleId"] as? String } == ["no-servers", "unknown-key", "unresolved-ref"])
        #expect(results.map { $0["ruleIndex"] as? Int } == [0, 1, 2])
        #expect(results.map { $0["level"] as? String } == ["note", "warning", "error"])

        // No location: no `locations`; the note without a location joins the message.
        #expect(results[0]["locations"] == nil)
        #expect(
            (results[0]["message"] as? [String: Any])?["text"] as? String
                == "document has no 'servers'; clients will need a base URL\n"
                + "note: add a 'servers' list at the top level")

        // Byte columns 30..35 on the 'café' line are UTF-16 columns 29..34.
        let warning = try #require(
            (results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(warning["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "spec/openapi.yaml")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        #expect(
            warning["region"] as? [String: Int] == ["startLine": 2, "startColumn": 29, "endLine": 2, "endColumn": 34])

        let error = try #require(
            (results[2]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(
            error["region"] as? [String: Int] == ["startLine": 8, "startColumn": 17, "endLine": 8, "endColumn": 46])
        let related = try #require(results[2]["relatedLocations"] as? [[String: Any]])
        try #require(related.count == 1)
        #expect(related[0]["id"] as? Int == 1)
        #expect(
            (related[0]["message"] as? [String: Any])?["text"] as? String == "did you mean 'Ok'? it is defined here")
        let relatedRegion = (related[0]["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
        #expect(relatedRegion == ["startLine": 11, "startColumn": 5, "endLine": 11, "endColumn": 7])
    }

    @Test func withoutTheSourceTheRegionHasLinesOnly() throws {
        let run = try Self.run(
            try Self.parse(Self.renderer.render([RenderingSamples.unknownKey], sources: SourceFileTable())))
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location = try #require(
            (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(location["region"] as? [String: Int] == ["startLine": 2, "endLine": 2])
    }

    @Test func fingerprintsIgnoreLinesAndNumberRepeats() throws {
        let here = Diagnostic(.error, "unresolved-ref", "'#/a' does not exist", at: RenderingSamples.range(3, 1, 3, 5))
        var moved = here
        moved.range = RenderingSamples.range(30, 7, 30, 9)
        var other = here
        other.message = "'#/b' does not exist"
        func fingerprints(_ findings: [Diagnostic]) throws -> [String] {
            let run = try Self.run(try Self.parse(Self.renderer.render(findings, sources: SourceFileTable())))
            let results = try #require(run["results"] as? [[String: Any]])
            return results.map { ($0["partialFingerprints"] as? [String: String])?["speccFindingHash/v1"] ?? "" }
        }
        let first = try fingerprints([here, other])
        let second = try fingerprints([moved, other])
        #expect(first == second)
        #expect(first[0] != first[1])
        #expect(
            first[0] == FindingFingerprint.hash("unresolved-ref\u{0}spec/openapi.yaml\u{0}'#/a' does not exist") + ":1")
        let repeated = try fingerprints([here, moved])
        #expect(repeated == [first[0], String(first[0].dropLast()) + "2"])
    }

    @Test func fnv1aTestVectors() {
        #expect(FindingFingerprint.hash("") == "cbf29ce484222325")
        #expect(FindingFingerprint.hash("a") == "af63dc4c8601ec8c")
        #expect(FindingFingerprint.hash("foobar") == "85944171f73967e8")
    }

    @Test func defaultLevelIsTheMostSeriousUse() throws {
        let findings = [
            Diagnostic(.info, "x", "one"), Diagnostic(.warning, "x", "two"), Diagnostic(.info, "x", "three"),
        ]
        let run = try Self.run(
            try Self.parse(SARIFRenderer(toolVersion: "0").render(findings, sources: SourceFileTable())))
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["informationUri"] == nil)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == 1)
        #expect((rules[0]["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
    }

    @Test func artifactURIs() {
        #expect(
            SARIFRenderer.artifactLocation("spec/my api.yaml") as? [String: String] == [
                "uri": "spec/my%20api.yaml", "uriBaseId": "%SRCROOT%",
            ])
        #expect(
            SARIFRenderer.artifactLocation("a:b/ü.yaml") as? [String: String] == [
                "uri": "a%3Ab/%C3%BC.yaml", "uriBaseId": "%SRCROOT%",
            ])
        #expect(SARIFRenderer.artifactLocation("/tmp/x.yaml") as? [String: String] == ["uri": "file:///tmp/x.yaml"])
    }

    @Test func utf16ColumnsCountSurrogatePairsTwice() {
        // '😀' is four UTF-8 bytes and two UTF-16 units; 'é' two bytes and one unit.
        let file = SourceFile(path: "a.yaml", bytes: Array("x: '😀é', y: 1\nz".utf8))
        #expect(file.utf16Column(line: 1, byteColumn: 1) == 1)
        #expect(file.utf16Column(line: 1, byteColumn: 5) == 5)
        #expect(file.utf16Column(line: 1, byteColumn: 14) == 11)  // 'y'
        #expect(file.utf16Column(line: 1, byteColumn: 7) == 5)  // inside the emoji: its start
        #expect(file.utf16Column(line: 1, byteColumn: 18) == 15)  // just after the last character
        #expect(file.utf16Column(line: 1, byteColumn: 21) == 18)  // past the end of the 14-unit line: one unit per byte
        #expect(file.utf16Column(line: 2, byteColumn: 2) == 2)
        #expect(file.utf16Column(line: 3, byteColumn: 1) == nil)
    }
}
