import SpecDiagnostics
import Testing

@Suite struct TextDiagnosticRendererTests {
    @Test func samplesAreInOutputOrder() {
        #expect(RenderingSamples.all == RenderingSamples.all.sortedForOutput())
    }

    @Test func plainTextIsTheFormattedLines() {
        let text = TextDiagnosticRenderer().render(RenderingSamples.all, sources: RenderingSamples.sources())
        #expect(
            text == """
                info[no-servers]: document has no 'servers'; clients will need a base URL
                note: add a 'servers' list at the top level
                spec/openapi.yaml:2:30: warning[unknown-key]: unknown key 'titel' in 'info', did you mean 'title'?
                spec/openapi.yaml:8:17: error[unresolved-ref]: '#/components/responses/Okay' does not exist
                spec/openapi.yaml:11:5: note: did you mean 'Ok'? it is defined here

                """)
        #expect(text == RenderingSamples.all.map { $0.formatted + "\n" }.joined())
    }

    @Test func excerptsFollowFindingsAndNotes() {
        let renderer = TextDiagnosticRenderer(excerpts: true, summary: true)
        let text = renderer.render(RenderingSamples.all, sources: RenderingSamples.sources())
        // The gutter fits line 11, the largest shown; 'é' is two bytes but one column, so the caret under
        // 'titel' (byte column 30) is preceded by 28 spaces, not 29.
        #expect(
            text == """
                info[no-servers]: document has no 'servers'; clients will need a base URL
                note: add a 'servers' list at the top level
                spec/openapi.yaml:2:30: warning[unknown-key]: unknown key 'titel' in 'info', did you mean 'title'?
                    2 | info: {description: 'café', titel: Pets, version: '1'}
                      |                             ^~~~~
                spec/openapi.yaml:8:17: error[unresolved-ref]: '#/components/responses/Okay' does not exist
                    8 |           $ref: '#/components/responses/Okay'
                      |                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                spec/openapi.yaml:11:5: note: did you mean 'Ok'? it is defined here
                   11 |     Ok:
                      |     ^~
                1 error, 1 warning, 1 info

                """)
    }

    @Test func noExcerptForFilesOutsideTheTable() {
        let elsewhere = Diagnostic(
            .error, "invalid-yaml", "expected a mapping",
            at: SourceRange(
                file: "other.yaml", at: SourcePosition(line: 1, column: 1)))
        let text = TextDiagnosticRenderer(excerpts: true).render([elsewhere], sources: RenderingSamples.sources())
        #expect(text == "other.yaml:1:1: error[invalid-yaml]: expected a mapping\n")
    }

    @Test func noExcerptPastTheLastLine() {
        let past = Diagnostic(.error, "invalid-yaml", "unexpected end", at: RenderingSamples.range(99, 1, 99, 1))
        let text = TextDiagnosticRenderer(excerpts: true).render([past], sources: RenderingSamples.sources())
        #expect(text == "spec/openapi.yaml:99:1: error[invalid-yaml]: unexpected end\n")
    }

    @Test func nothingToPrintIsEmpty() {
        #expect(TextDiagnosticRenderer().render([], sources: SourceFileTable()) == "")
        #expect(
            TextDiagnosticRenderer(summary: true).render([], sources: SourceFileTable())
                == "0 errors, 0 warnings, 0 infos\n")
    }

    @Test func colorsWrapLocationLabelMessageGutterAndMarker() {
        let renderer = TextDiagnosticRenderer(excerpts: true, colors: true)
        let text = renderer.render([RenderingSamples.unresolvedRef], sources: RenderingSamples.sources())
        let escape = "\u{1B}["
        let reset = "\u{1B}[0m"
        #expect(
            text == """
                \(escape)1mspec/openapi.yaml:8:17: \(reset)\(escape)1;31merror[unresolved-ref]\(reset)\
                \(escape)1m: '#/components/responses/Okay' does not exist\(reset)
                   \(escape)1;34m 8 |\(reset)           $ref: '#/components/responses/Okay'
                   \(escape)1;34m   |\(reset)                 \(escape)1;32m^~~~~~~~~~~~~~~~~~~~~~~~~~~~~\(reset)
                \(escape)1mspec/openapi.yaml:11:5: \(reset)\(escape)1;36mnote\(reset)\
                \(escape)1m: did you mean 'Ok'? it is defined here\(reset)
                   \(escape)1;34m11 |\(reset)     Ok:
                   \(escape)1;34m   |\(reset)     \(escape)1;32m^~\(reset)

                """)
    }

    @Test func colorsOnAFindingWithoutLocationColourOnlyTheLabelAndMessage() {
        let text = TextDiagnosticRenderer(colors: true).render([RenderingSamples.noServers], sources: SourceFileTable())
        #expect(
            text
                == "\u{1B}[1;34minfo[no-servers]\u{1B}[0m"
                + "\u{1B}[1m: document has no 'servers'; clients will need a base URL\u{1B}[0m\n"
                + "\u{1B}[1;36mnote\u{1B}[0m\u{1B}[1m: add a 'servers' list at the top level\u{1B}[0m\n")
    }
}
