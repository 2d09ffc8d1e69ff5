import Testing

@testable import SpecDiagnostics

@Suite struct SourceExcerptTests {
    /// The excerpt lines for a range on one line of `text` (as line `line` of the file), gutter fitted.
    private static func excerpt(_ text: String, line: Int = 1, _ start: Int, _ end: Int, endLine: Int? = nil) -> String
    {
        let source = String(repeating: "\n", count: line - 1) + text + "\n"
        let file = SourceFile(path: "a.yaml", bytes: Array(source.utf8))
        let range = SourceRange(
            file: "a.yaml", start: SourcePosition(line: line, column: start),
            end: SourcePosition(line: endLine ?? line, column: end))
        let lines = SourceExcerpt(gutterWidth: String(line).count, style: .plain).lines(for: range, in: file)
        return lines.joined(separator: "\n")
    }

    @Test func styleGuideExample() {
        let text = Self.excerpt("      $ref: '#/components/schemas/Pett'", line: 42, 13, 40)
        #expect(
            text == """
                   42 |       $ref: '#/components/schemas/Pett'
                      |             ^~~~~~~~~~~~~~~~~~~~~~~~~~~
                """)
    }

    @Test func nonASCIIBeforeTheKeyMovesTheCaretByCharactersNotBytes() {
        // 'café' is 7 bytes and 6 columns: 'summary' starts at byte column 25 but display column 24.
        let line = "  description: 'café', summary: x"
        #expect(Array(line.utf8).count == 34 && line.count == 33)
        #expect(
            Self.excerpt(line, 25, 32) == """
                   1 |   description: 'café', summary: x
                     |                        ^~~~~~~
                """)
    }

    @Test func decomposedAccentTakesNoColumn() {
        // 'e' followed by U+0301: three bytes, one column.
        #expect(
            Self.excerpt("x: 'cafe\u{301}', y: 1", 14, 15) == """
                   1 | x: 'cafe\u{301}', y: 1
                     |            ^
                """)
    }

    @Test func wideCharactersTakeTwoColumns() {
        // '名前' is six bytes and four columns.
        #expect(
            Self.excerpt("名前: x", 9, 10) == """
                   1 | 名前: x
                     |       ^
                """)
    }

    @Test func tabsExpandInTheLineAndUnderIt() {
        // A tab at column 0 fills four columns; 'b' after 'a\t' starts at display column 4.
        #expect(
            Self.excerpt("\tkey: a\tb", 2, 5) == """
                   1 |     key: a  b
                     |     ^~~
                """)
        #expect(
            Self.excerpt("\tkey: a\tb", 9, 10) == """
                   1 |     key: a  b
                     |             ^
                """)
    }

    @Test func rangeEndingOnALaterLineGetsACaretOnly() {
        #expect(
            Self.excerpt("items: [a,", 8, 3, endLine: 2) == """
                   1 | items: [a,
                     |        ^
                """)
    }

    @Test func emptyRangeGetsACaret() {
        #expect(
            Self.excerpt("key: value", 6, 6) == """
                   1 | key: value
                     |      ^
                """)
    }

    @Test func columnPastTheEndPointsAfterTheText() {
        #expect(
            Self.excerpt("name:", 7, 7) == """
                   1 | name:
                     |       ^
                """)
    }

    @Test func controlCharactersAndInvalidUTF8AreShownAsReplacement() {
        let bytes: [UInt8] = Array("a".utf8) + [0x1B, 0xFF] + Array(": b".utf8)
        let line = ExcerptLine(bytes: bytes)
        #expect(line.text == "a\u{FFFD}\u{FFFD}: b")
        #expect(line.displayOffset(ofByteColumn: 6) == 5)
    }

    @Test func columnInsideACharacterPointsAtIt() {
        let line = ExcerptLine(bytes: Array("é:".utf8))
        #expect(line.displayOffset(ofByteColumn: 2) == 0)
        #expect(line.displayOffset(ofByteColumn: 3) == 1)
    }

    @Test func gutterFitsTheLargestLineShown() {
        let table = SourceFileTable()
        table.add(SourceFile(path: "a.yaml", bytes: Array(String(repeating: "x: 1\n", count: 120).utf8)))
        let files = ["a.yaml": table.file(FileID(rawValue: 0))]
        func at(_ line: Int) -> SourceRange { SourceRange(file: "a.yaml", at: SourcePosition(line: line, column: 1)) }
        let findings = [
            Diagnostic(.error, "x", "x", at: at(7)),
            Diagnostic(.error, "x", "x", at: at(9), notes: [Diagnostic.Note("n", at: at(104))]),
            Diagnostic(.error, "x", "x", at: at(500)),  // past the end: shows no excerpt, so does not count
        ]
        #expect(SourceExcerpt.gutterWidth(for: findings, files: files) == 3)
        #expect(SourceExcerpt.gutterWidth(for: findings, files: [:]) == 1)
    }
}
