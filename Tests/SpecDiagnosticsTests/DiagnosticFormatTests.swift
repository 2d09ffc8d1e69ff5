import SpecDiagnostics
import Testing

@Suite struct DiagnosticFormatTests {
    @Test func formatsAndTheirNames() {
        #expect(DiagnosticFormat.allCases == [.text, .json, .sarif, .github])
        #expect(DiagnosticFormat.allCases.map(\.rawValue) == ["text", "json", "sarif", "github"])
        #expect(DiagnosticFormat(rawValue: "sarif") == .sarif)
    }

    @Test func renderDispatchesWithItsOptions() {
        let findings = RenderingSamples.all
        let sources = RenderingSamples.sources()
        let options = DiagnosticRenderOptions(
            excerpts: true, colors: false, summary: true, toolVersion: "9.9.9", informationURI: "https://example.org",
            ruleSummaries: ["unknown-key": "unknown keys"])
        #expect(
            DiagnosticFormat.text.render(findings, sources: sources, options: options)
                == TextDiagnosticRenderer(excerpts: true, summary: true).render(findings, sources: sources))
        #expect(
            DiagnosticFormat.json.render(findings, sources: sources, options: options)
                == JSONDiagnosticRenderer().render(findings))
        #expect(
            DiagnosticFormat.sarif.render(findings, sources: sources, options: options)
                == SARIFRenderer(
                    toolVersion: "9.9.9", informationURI: "https://example.org",
                    ruleSummaries: ["unknown-key": "unknown keys"]
                ).render(findings, sources: sources))
        #expect(
            DiagnosticFormat.github.render(findings, sources: sources, options: options)
                == GitHubAnnotationRenderer().render(findings, sources: sources))
    }

    @Test func defaultOptionsPrintTheFormattedLines() {
        let text = DiagnosticFormat.text.render(RenderingSamples.all, sources: RenderingSamples.sources())
        #expect(text == RenderingSamples.all.map { $0.formatted + "\n" }.joined())
    }

    @Test func everyFormatEndsWithANewline() {
        for format in DiagnosticFormat.allCases {
            let output = format.render(RenderingSamples.all, sources: RenderingSamples.sources())
            #expect(output.hasSuffix("\n") && !output.hasSuffix("\n\n"), "\(format)")
        }
    }
}
