import Foundation
import SpecDiagnostics
import Testing

@Suite struct JSONDiagnosticRendererTests {
    @Test func samplesRenderExactly() {
        let json = JSONDiagnosticRenderer().render(RenderingSamples.all)
        let expected =
            #"{"findings":["#
            + #"{"code":"no-servers","column":null,"endColumn":null,"endLine":null,"file":null,"line":null,"#
            + #""message":"document has no 'servers'; clients will need a base URL","method":null,"#
            + #""notes":[{"column":null,"file":null,"line":null,"message":"add a 'servers' list at the top level"}],"#
            + #""path":null,"severity":"info"},"#
            + #"{"code":"unknown-key","column":30,"endColumn":35,"endLine":2,"file":"spec/openapi.yaml","line":2,"#
            + #""message":"unknown key 'titel' in 'info', did you mean 'title'?","method":null,"notes":[],"#
            + #""path":null,"severity":"warning"},"#
            + #"{"code":"unresolved-ref","column":17,"endColumn":46,"endLine":8,"file":"spec/openapi.yaml","line":8,"#
            + #""message":"'#/components/responses/Okay' does not exist","method":"GET","#
            + #""notes":[{"column":5,"file":"spec/openapi.yaml","line":11,"#
            + #""message":"did you mean 'Ok'? it is defined here"}],"#
            + #""path":"/pets","severity":"error"}],"#
            + #""summary":{"errors":1,"infos":1,"warnings":1}}"#
            + "\n"
        #expect(json == expected)
    }

    @Test func noFindings() {
        #expect(
            JSONDiagnosticRenderer().render([]) == #"{"findings":[],"summary":{"errors":0,"infos":0,"warnings":0}}"#
                + "\n")
    }

    @Test func quotesAndNonASCIIRoundTrip() throws {
        let finding = Diagnostic(
            .error, "x", "name \"café\"\tin 'a/b'",
            at: SourceRange(
                file: "spec/ü.yaml", at: SourcePosition(line: 1, column: 2)))
        let json = JSONDiagnosticRenderer().render([finding])
        #expect(json.contains(#""message":"name \"café\"\tin 'a/b'""#))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?["message"] as? String == "name \"café\"\tin 'a/b'")
        #expect(findings.first?["file"] as? String == "spec/ü.yaml")
    }
}
