import SpecDiagnostics
import SpecModel
import SpecParser
import Testing

@Suite struct YAMLReaderTests {
    static func read(_ text: String, limits: ReaderLimits = .default) -> (Node?, [String]) {
        let table = SourceFileTable()
        let file = SourceFile(path: "t.yaml", bytes: Array(text.utf8))
        let id = table.add(file)
        let sink = DiagnosticCollector()
        let node = YAMLReader(file: file, fileID: id, limits: limits).read(into: sink)
        return (node, sink.diagnostics.map(\.formatted))
    }

    @Test func everyNodeKnowsWhereItIsInUTF8ByteColumns() throws {
        let (node, findings) = Self.read("info:\n  title: Café API\n  summary: 'ünïcode' # é\n  version: '1'\n")
        #expect(findings.isEmpty)
        let info = try #require(node?["info"])
        #expect(info.span.start == SourcePosition(line: 2, column: 3))
        let title = try #require(info.entry("title"))
        #expect(title.key.span.start == SourcePosition(line: 2, column: 3))
        #expect(title.value.span.start == SourcePosition(line: 2, column: 10))
        #expect(title.value.span.end == SourcePosition(line: 2, column: 19))  // 'Café API' is 9 bytes
        let summary = try #require(info.entry("summary"))
        #expect(summary.value.span.start == SourcePosition(line: 3, column: 12))
        #expect(summary.value.span.end == SourcePosition(line: 3, column: 23))  // 7 characters, 9 bytes, 2 quotes
    }

    @Test func plainScalarsFollowTheYAML12CoreSchema() throws {
        let (node, _) = Self.read(
            "a: yes\nb: no\nc: true\nd: 'true'\ne: ~\nf: 0o17\ng: 0x1F\nh: 1.5e3\ni: .inf\nj: 012\nk:\nl: \"3.0\"\nm: 3.0\n")
        let root = try #require(node)
        #expect(root["a"]?.scalar?.value == .string("yes"))
        #expect(root["b"]?.scalar?.value == .string("no"))
        #expect(root["c"]?.scalar?.value == .bool(true))
        #expect(root["d"]?.scalar?.value == .string("true"))
        #expect(root["e"]?.scalar?.value == .null)
        #expect(root["f"]?.scalar?.value == .int(15))
        #expect(root["g"]?.scalar?.value == .int(31))
        #expect(root["h"]?.scalar?.value == .double(1500))
        #expect(root["i"]?.scalar?.value == .double(.infinity))
        #expect(root["j"]?.scalar?.value == .int(12))
        #expect(root["k"]?.scalar?.value == .null)
        #expect(root["l"]?.scalar?.value == .string("3.0"))
        #expect(root["m"]?.scalar?.value == .double(3))
    }

    @Test func aliasesShareTheAnchoredNode() throws {
        let (node, findings) = Self.read("a: &x {k: v}\nb: *x\n")
        #expect(findings.isEmpty)
        let root = try #require(node)
        #expect(root["a"] === root["b"])
        // Counted as copies: root 1 + (key 1 + mapping 3) twice.
        #expect(root.expandedSize == 9)
    }

    @Test func syntaxErrorsAreLocated() {
        let (node, findings) = Self.read("a: [1, 2\nb: c\n")
        #expect(node == nil)
        #expect(findings.count == 1)
        #expect(findings[0].hasPrefix("t.yaml:2:2: error[invalid-yaml]: "))
    }

    @Test func undefinedAliasesAndSecondDocumentsAreErrors() {
        #expect(Self.read("a: *nope\n").1 == ["t.yaml:1:4: error[invalid-yaml]: alias '*nope' names no anchor"])
        #expect(Self.read("a: 1\n---\nb: 2\n").1 == ["t.yaml:2:1: error[invalid-yaml]: expected one YAML document, found a second one"])
    }

    @Test func complexKeysAreErrors() {
        let findings = Self.read("? [a, b]\n: c\n").1
        #expect(findings == ["t.yaml:1:3: error[invalid-yaml]: mapping keys must be scalars, found array"])
    }

    @Test func emptyInputIsNoDocument() {
        let (node, findings) = Self.read("")
        #expect(node == nil)
        #expect(findings.isEmpty)
    }
}
