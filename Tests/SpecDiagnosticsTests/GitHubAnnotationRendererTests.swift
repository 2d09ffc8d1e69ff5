import Testing

@testable import SpecDiagnostics

@Suite struct GitHubAnnotationRendererTests {
    @Test func samplesRenderExactly() {
        let text = GitHubAnnotationRenderer().render(RenderingSamples.all, sources: RenderingSamples.sources())
        // 'titel' is at byte column 30 but UTF-16 column 29: 'é' is two bytes and one code unit.
        #expect(
            text == """
                ::notice title=specc [no-servers]::document has no 'servers'; clients will need a base URL\
                %0Anote: add a 'servers' list at the top level
                ::warning file=spec/openapi.yaml,line=2,col=29,endLine=2,endColumn=34,title=specc [unknown-key]::\
                unknown key 'titel' in 'info', did you mean 'title'?
                ::error file=spec/openapi.yaml,line=8,col=17,endLine=8,endColumn=46,title=specc [unresolved-ref]::\
                '#/components/responses/Okay' does not exist%0Aspec/openapi.yaml:11:5: note: did you mean 'Ok'? \
                it is defined here

                """)
    }

    @Test func withoutTheSourceColumnsAreLeftOut() {
        let text = GitHubAnnotationRenderer().render([RenderingSamples.unknownKey], sources: SourceFileTable())
        #expect(
            text == "::warning file=spec/openapi.yaml,line=2,endLine=2,title=specc [unknown-key]::"
                + "unknown key 'titel' in 'info', did you mean 'title'?\n")
    }

    @Test func multiLineRangeHasNoColumns() {
        let finding = Diagnostic(.error, "x", "spans lines", at: RenderingSamples.range(6, 3, 8, 46))
        let text = GitHubAnnotationRenderer().render([finding], sources: RenderingSamples.sources())
        #expect(text == "::error file=spec/openapi.yaml,line=6,endLine=8,title=specc [x]::spans lines\n")
    }

    @Test func escapesMessagesAndProperties() {
        let finding = Diagnostic(
            .warning, "odd-id", "100% sure:\r\nsecond, line\n",
            at: SourceRange(
                file: "dir,a/b:c%.yaml", at: SourcePosition(line: 3, column: 1)))
        let text = GitHubAnnotationRenderer().render([finding], sources: SourceFileTable())
        #expect(
            text == "::warning file=dir%2Ca/b%3Ac%25.yaml,line=3,endLine=3,title=specc [odd-id]::"
                + "100%25 sure:%0D%0Asecond, line%0A\n")
    }

    @Test func escapeRules() {
        #expect(GitHubAnnotationRenderer.escape("a%b\rc\nd:e,f", property: false) == "a%25b%0Dc%0Ad:e,f")
        #expect(GitHubAnnotationRenderer.escape("a%b\rc\nd:e,f", property: true) == "a%25b%0Dc%0Ad%3Ae%2Cf")
    }
}
