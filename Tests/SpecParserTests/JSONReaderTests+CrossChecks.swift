import Foundation
import SpecDiagnostics
import SpecModel
import SpecParser
import Testing

/// The JSON reader against Foundation's verdicts and against the YAML reader on real documents.
extension JSONReaderTests {
    // MARK: Agreement with Foundation

    static let validDocuments: [[UInt8]] = [
        #"{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\/e\u00e9\uD83D\uDE00"}}"#,
        "[]", "{}", #""x""#, "0", "-0.0", "[[[]]]", #"{"": ""}"#, "[1E+2, 1e-2, 0.0, 123456789012345678901234567890]",
        " \t\r\n[\n1\n]\n ", #"["\u0000 \u001f \" \\ \b \f \n \r \t", "\u007f"]"#,
        "{\"\(String(repeating: "x", count: 2000))\": \"é😀\"}",
    ].map { Array($0.utf8) } + [[0xEF, 0xBB, 0xBF] + Array("[true]".utf8)]

    @Test(arguments: validDocuments)
    func acceptsWhatFoundationAccepts(_ bytes: [UInt8]) throws {
        let expected = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        let result = Self.read(bytes)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(Self.difference(root, expected) == nil)
    }

    // Foundation on Linux accepts trailing commas, so those cases are checked above but not against it.
    static let invalidDocuments: [Rejection] = rejections.filter { !$0.message.contains("after ','") }

    @Test(arguments: invalidDocuments)
    func rejectsWhatFoundationRejects(_ rejection: Rejection) {
        #expect(throws: (any Error).self) {
            try JSONSerialization.jsonObject(with: Data(rejection.input), options: [.fragmentsAllowed])
        }
        #expect(Self.read(rejection.input).root == nil)
    }

    /// Where a node first differs from the value Foundation decoded (a JSON-pointer-like path), or nil.
    static func difference(_ node: Node, _ value: Any, at path: String = "") -> String? {
        switch node.content {
        case .mapping(let entries):
            guard let dictionary = value as? [String: Any], dictionary.count == entries.count else {
                return "\(path): object"
            }
            for entry in entries {
                guard let other = dictionary[entry.name] else { return "\(path)/\(entry.name): missing" }
                if let found = difference(entry.value, other, at: "\(path)/\(entry.name)") { return found }
            }
            return nil
        case .sequence(let items):
            guard let array = value as? [Any], array.count == items.count else { return "\(path): array" }
            for (index, (item, other)) in zip(items, array).enumerated() {
                if let found = difference(item, other, at: "\(path)/\(index)") { return found }
            }
            return nil
        case .scalar(let scalar):
            let same: Bool
            switch scalar.value {
            case .null: same = value is NSNull
            case .string(let string): same = (value as? String) == string
            case .bool(let bool): same = (value as? NSNumber)?.boolValue == bool
            case .int(let int): same = (value as? NSNumber)?.int64Value == int
            case .double(let double):
                // Foundation on Linux keeps some decimals as NSDecimalNumber, whose `doubleValue` can be off by
                // one unit in the last place; its text parses to the nearest double as ours does.
                same = (value as? NSNumber).map { Double($0.description) ?? $0.doubleValue } == double
            }
            return same ? nil : "\(path): \(scalar.value) vs \(type(of: value)) \(value)"
        }
    }

    // MARK: Corpus

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func readsTheBoxDocument() throws {
        let url = Self.packageRoot.appendingPathComponent("../shared/corpus/box/openapi.json").standardizedFileURL
        let data = try Data(contentsOf: url)
        let result = Self.read([UInt8](data))
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root["openapi"]?.string == "3.0.2")
        #expect(root["openapi"]?.scalar?.style == .quoted)
        #expect((root["paths"]?.entries?.count ?? 0) > 100)
        #expect(Self.at(root.entries?.first?.key) == "2:3-2:12")
        let foundation = try JSONSerialization.jsonObject(with: data)
        #expect(Self.difference(root, foundation) == nil)
        // The YAML reader locates nodes independently; both must agree on all 60,000 of them.
        let yaml = try #require(
            YAMLReader(file: SourceFile(path: "test.json", bytes: [UInt8](data)), fileID: FileID(rawValue: 7))
                .read(into: DiagnosticCollector()))
        #expect(Self.spanDifference(root, yaml) == nil)
    }

    /// libyaml reads JSON as flow-style YAML, so on a document both accept the two readers must locate every
    /// node alike.
    @Test func spansAgreeWithTheYAMLReader() throws {
        let text = """
            {"openapi": "3.0.2", "info": {"title": "café ☕ 😀", "version": "1"},
              "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
              "x": [1, -2.5e3, true, null, "\\u00e9\\n", [], {}]
            }
            """
        let file = SourceFile(path: "test.json", bytes: Array(text.utf8))
        let sink = DiagnosticCollector()
        let json = try #require(JSONReader(file: file, fileID: FileID(rawValue: 1)).read(into: sink))
        let yaml = try #require(YAMLReader(file: file, fileID: FileID(rawValue: 1)).read(into: sink))
        #expect(sink.diagnostics.isEmpty)
        #expect(Self.spanDifference(json, yaml) == nil)
    }

    /// Where two trees first differ in shape, text or span, or nil.
    static func spanDifference(_ lhs: Node, _ rhs: Node, at path: String = "") -> String? {
        guard lhs.span == rhs.span else { return "\(path): \(at(lhs)) vs \(at(rhs))" }
        switch (lhs.content, rhs.content) {
        case (.mapping(let left), .mapping(let right)):
            guard left.count == right.count else { return "\(path): member count" }
            for (l, r) in zip(left, right) {
                if let found = spanDifference(l.key, r.key, at: "\(path)/\(l.name)") { return found }
                if let found = spanDifference(l.value, r.value, at: "\(path)/\(l.name)") { return found }
            }
            return nil
        case (.sequence(let left), .sequence(let right)):
            guard left.count == right.count else { return "\(path): item count" }
            for (index, (l, r)) in zip(left, right).enumerated() {
                if let found = spanDifference(l, r, at: "\(path)/\(index)") { return found }
            }
            return nil
        case (.scalar(let left), .scalar(let right)):
            return left.text == right.text && left.style == right.style ? nil : "\(path): \(left) vs \(right)"
        default:
            return "\(path): kind"
        }
    }
}
