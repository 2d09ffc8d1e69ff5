import SpecDiagnostics
import Testing

/// The one conversion from a parser's 0-based line and character column to our 1-based line and UTF-8 byte column.
@Suite struct SourceFileTests {
    let file = SourceFile(path: "a.yaml", bytes: Array("abc\ncafé: x\n日本: y\n".utf8))

    @Test func asciiLinesKeepCharacterColumns() {
        #expect(file.position(line0: 0, characterColumn0: 0) == SourcePosition(line: 1, column: 1))
        #expect(file.position(line0: 0, characterColumn0: 2) == SourcePosition(line: 1, column: 3))
    }

    @Test func nonASCIICharactersCountTheirBytes() {
        // 'é' is two bytes, so ':' (character 4) is byte column 6 and 'x' (character 6) byte column 8.
        #expect(file.position(line0: 1, characterColumn0: 4) == SourcePosition(line: 2, column: 6))
        #expect(file.position(line0: 1, characterColumn0: 6) == SourcePosition(line: 2, column: 8))
        // Each of '日' and '本' is three bytes.
        #expect(file.position(line0: 2, characterColumn0: 2) == SourcePosition(line: 3, column: 7))
        #expect(file.position(line0: 2, characterColumn0: 4) == SourcePosition(line: 3, column: 9))
    }

    @Test func byteOffsetsMapToLinesAndColumns() {
        #expect(file.position(byteOffset: 0) == SourcePosition(line: 1, column: 1))
        #expect(file.position(byteOffset: 4) == SourcePosition(line: 2, column: 1))
        #expect(file.position(byteOffset: 9) == SourcePosition(line: 2, column: 6))
        #expect(file.lineCount == 4)
        #expect(file.lineText(2) == "café: x")
        #expect(file.lineText(9) == nil)
    }

    @Test func positionsPastTheEndAreClamped() {
        #expect(file.position(line0: 99, characterColumn0: 0).line == 4)
    }
}
