import Pipeline
import Testing

@Suite struct LineDiffTests {
    @Test func equalTextsGiveNoDiff() {
        #expect(LineDiff.unified(old: "a\nb\n", new: "a\nb\n", oldLabel: "x", newLabel: "y") == "")
    }

    @Test func oneChangedLineWithContext() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n"
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n"
        let expected = """
            --- old
            +++ new
            @@ -2,7 +2,7 @@
             2
             3
             4
            -5
            +five
             6
             7
             8

            """
        #expect(LineDiff.unified(old: old, new: new, oldLabel: "old", newLabel: "new") == expected)
    }

    @Test func separateChangesMakeSeparateHunks() {
        let old = (1...20).map(String.init).joined(separator: "\n") + "\n"
        var lines = (1...20).map(String.init)
        lines[1] = "two"
        lines.insert("eighteen and a half", at: 18)
        let new = lines.joined(separator: "\n") + "\n"
        let expected = """
            --- a
            +++ b
            @@ -1,5 +1,5 @@
             1
            -2
            +two
             3
             4
             5
            @@ -16,5 +16,6 @@
             16
             17
             18
            +eighteen and a half
             19
             20

            """
        #expect(LineDiff.unified(old: old, new: new, oldLabel: "a", newLabel: "b") == expected)
    }

    @Test func additionToAnEmptyFileNamesLineZero() {
        #expect(
            LineDiff.unified(old: "", new: "x\n", oldLabel: "a", newLabel: "b") == "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n"
        )
    }

    @Test func longDiffsAreCapped() {
        let old = (1...30).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = (1...30).map { "row \($0)" }.joined(separator: "\n") + "\n"
        let text = LineDiff.unified(old: old, new: new, oldLabel: "a", newLabel: "b", maxLines: 5)
        #expect(text == "--- a\n+++ b\n@@ -1,30 +1,30 @@\n-line 1\n-line 2\n-line 3\n-line 4\n... 56 more lines\n")
    }

    @Test func hugeDifferencesFallBackToACount() {
        let old = "same\n" + (1...300).map { "a\($0)" }.joined(separator: "\n") + "\nend\n"
        let new = "same\n" + (1...200).map { "b\($0)" }.joined(separator: "\n") + "\nend\n"
        let text = LineDiff.unified(old: old, new: new, oldLabel: "a", newLabel: "b", maxCells: 1000)
        #expect(text == "--- a\n+++ b\n300 lines differ (too many to show)\n")
    }

    @Test func finalNewlineOnlyIsSaid() {
        #expect(
            LineDiff.unified(old: "a\nb", new: "a\nb\n", oldLabel: "a", newLabel: "b")
                == "--- a\n+++ b\nfiles differ only in the final newline\n")
    }

    @Test func editScriptIsShortest() throws {
        let steps = try #require(LineDiff.edits(["a", "b", "c", "d"], ["a", "c", "d", "e"]))
        #expect(steps.map(\.kind) == [.same, .removed, .same, .same, .added])
        #expect(steps.map(\.line) == ["a", "b", "c", "d", "e"])
    }
}
