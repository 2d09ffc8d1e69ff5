import SpecDiagnostics
import Testing

@Suite struct DiagnosticSummaryTests {
    private static func findings(errors: Int, warnings: Int, infos: Int) -> [Diagnostic] {
        Array(repeating: Diagnostic(.error, "e", "e"), count: errors)
            + Array(repeating: Diagnostic(.warning, "w", "w"), count: warnings)
            + Array(repeating: Diagnostic(.info, "i", "i"), count: infos)
    }

    @Test(arguments: [
        (0, 0, 0, "0 errors, 0 warnings, 0 infos"),
        (1, 1, 1, "1 error, 1 warning, 1 info"),
        (2, 1, 0, "2 errors, 1 warning, 0 infos"),
        (0, 2, 3, "0 errors, 2 warnings, 3 infos"),
        (11, 21, 101, "11 errors, 21 warnings, 101 infos"),
    ])
    func pluralRules(errors: Int, warnings: Int, infos: Int, expected: String) {
        let summary = DiagnosticSummary(Self.findings(errors: errors, warnings: warnings, infos: infos))
        #expect(summary.errors == errors && summary.warnings == warnings && summary.infos == infos)
        #expect(summary.text == expected)
    }

    @Test func notesAreNotCounted() {
        #expect(DiagnosticSummary(RenderingSamples.all).text == "1 error, 1 warning, 1 info")
    }
}
