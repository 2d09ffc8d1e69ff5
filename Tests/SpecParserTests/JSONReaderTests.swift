import Foundation
import SpecDiagnostics
import SpecModel
import SpecParser
import Testing

@Suite struct JSONReaderTests {
    // MARK: Helpers

    struct Result {
        let root: Node?
        let diagnostics: [Diagnostic]

        /// The diagnostics as `validate` prints them, one string each (notes on following lines).
        var formatted: [String] { diagnostics.map(\.formatted) }
    }

    static func read(_ bytes: [UInt8], limits: ReaderLimits = .default) -> Result {
        let file = SourceFile(path: "test.json", bytes: bytes)
        let sink = DiagnosticCollector()
        let root = JSONReader(file: file, fileID: FileID(rawValue: 7), limits: limits).read(into: sink)
        return Result(root: root, diagnostics: sink.diagnostics)
    }

    static func read(_ text: String, limits: ReaderLimits = .default) -> Result {
        read(Array(text.utf8), limits: limits)
    }

    /// `start-end` of a node's span, as `line:column-line:column`.
    static func at(_ node: Node?) -> String {
        guard let node else { return "nil" }
        return "\(node.span.start)-\(node.span.end)"
    }

    static func limits(maxDepth: Int) -> ReaderLimits {
        var limits = ReaderLimits.default
        limits.maxDepth = maxDepth
        return limits
    }

    // MARK: Values

    @Test func scalarsOfEveryKind() throws {
        let cases: [(String, String, Scalar.Style, Scalar.Value)] = [
            (#""hello""#, "hello", .quoted, .string("hello")),
            (#""""#, "", .quoted, .string("")),
            (#""true""#, "true", .quoted, .string("true")),
            ("42", "42", .plain, .int(42)),
            ("-7", "-7", .plain, .int(-7)),
            ("0", "0", .plain, .int(0)),
            ("-0", "-0", .plain, .int(0)),
            ("3.25", "3.25", .plain, .double(3.25)),
            ("-0.5", "-0.5", .plain, .double(-0.5)),
            ("1e3", "1e3", .plain, .double(1000)),
            ("2E-2", "2E-2", .plain, .double(0.02)),
            ("1.5e+2", "1.5e+2", .plain, .double(150)),
            ("true", "true", .plain, .bool(true)),
            ("false", "false", .plain, .bool(false)),
            ("null", "null", .plain, .null),
        ]
        for (input, text, style, value) in cases {
            let result = Self.read(input)
            #expect(result.diagnostics.isEmpty, "\(input)")
            let scalar = try #require(result.root?.scalar, "\(input)")
            #expect(scalar.text == text, "\(input)")
            #expect(scalar.style == style, "\(input)")
            #expect(scalar.value == value, "\(input)")
            #expect(Self.at(result.root) == "1:1-1:\(input.utf8.count + 1)", "\(input)")
        }
    }

    @Test func nestedStructures() throws {
        let result = Self.read(#"{"a": [1, {"b": null}, []], "c": {}, "d": "x"}"#)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root.entries?.map(\.name) == ["a", "c", "d"])
        for entry in root.entries ?? [] {
            #expect(entry.key.scalar?.style == .quoted)
            #expect(entry.key.scalar?.value == .string(entry.name))
        }
        let items = try #require(root["a"]?.items)
        #expect(items.count == 3)
        #expect(items[0].scalar?.value == .int(1))
        #expect(items[1]["b"]?.scalar?.value == .null)
        #expect(items[2].items?.isEmpty == true)
        #expect(root["c"]?.entries?.isEmpty == true)
        #expect(root["d"]?.string == "x")
        #expect(root.typeName == "object")
        #expect(root["a"]?.typeName == "array")
        #expect(root.expandedSize == 12)
    }

    @Test func largeObjectsAreIndexed() throws {
        let members = (0..<50).map { "\"key\($0)\": \($0)" }.joined(separator: ", ")
        let result = Self.read("{\(members)}")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root.entries?.count == 50)
        #expect(root["key37"]?.scalar?.value == .int(37))
        #expect(root["key50"] == nil)
    }

    // MARK: Positions

    @Test func positionsCountUTF8Bytes() throws {
        let text = """
            {
              "name": "café",
              "é": [1, true],
              "k": {"x": null}
            }
            """
        let result = Self.read(text)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(Self.at(root) == "1:1-5:2")
        #expect(root.span.file == FileID(rawValue: 7))
        let entries = try #require(root.entries)
        #expect(Self.at(entries[0].key) == "2:3-2:9")
        #expect(Self.at(entries[0].value) == "2:11-2:18")
        // `é` is two bytes, so the key's closing quote is at byte column 6.
        #expect(Self.at(entries[1].key) == "3:3-3:7")
        #expect(Self.at(entries[1].value) == "3:9-3:18")
        #expect(Self.at(entries[1].value.items?[0]) == "3:10-3:11")
        #expect(Self.at(entries[1].value.items?[1]) == "3:13-3:17")
        #expect(Self.at(entries[2].key) == "4:3-4:6")
        #expect(Self.at(entries[2].value) == "4:8-4:19")
        #expect(Self.at(entries[2].value.entries?[0].key) == "4:9-4:12")
        #expect(Self.at(entries[2].value["x"]) == "4:14-4:18")
    }

    @Test func positionsAfterCRLFAndEscapes() throws {
        let result = Self.read("{\r\n  \"a\\n\": 12,\r\n\t\"b\": -1.5e3\r\n}")
        let root = try #require(result.root)
        let entries = try #require(root.entries)
        #expect(entries[0].name == "a\n")
        #expect(Self.at(entries[0].key) == "2:3-2:8")
        #expect(Self.at(entries[0].value) == "2:10-2:12")
        #expect(Self.at(entries[1].key) == "3:2-3:5")
        #expect(Self.at(entries[1].value) == "3:7-3:13")
        #expect(Self.at(root) == "1:1-4:2")
    }

    @Test func errorColumnAfterNonASCIIText() {
        let result = Self.read("{\"ok\": 1,\n \"é\": tru}")
        #expect(result.root == nil)
        #expect(result.formatted == ["test.json:2:8: error[invalid-json]: expected a value, found 'tru'"])
    }

    // MARK: Strings

    @Test func escapes() throws {
        let result = Self.read(#"["a\/b", "\"\\\b\f\n\r\t", "\u00e9\u00E9", "\uD83D\uDE00!", "\u0000", "plain é 😀"]"#)
        #expect(result.diagnostics.isEmpty)
        let strings = try #require(result.root?.items).map { $0.string }
        #expect(strings == ["a/b", "\"\\\u{08}\u{0C}\n\r\t", "éé", "😀!", "\u{0}", "plain é 😀"])
    }

    @Test func escapesInKeysAndLongKeys() throws {
        let long = String(repeating: "k", count: 5000)
        let result = Self.read(#"{"a\/b": 1, "\u00e9": 2, ""# + long + #"": 3}"#)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root.entries?.map(\.name) == ["a/b", "é", long])
        #expect(root[long]?.scalar?.value == .int(3))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let result = Self.read([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.root)
        #expect(root["a"]?.scalar?.value == .int(1))
        // As in the YAML reader, the mark takes no columns.
        #expect(Self.at(root) == "1:1-1:9")

        let broken = Self.read([0xEF, 0xBB, 0xBF] + Array("[1,]".utf8))
        #expect(broken.formatted == ["test.json:1:4: error[invalid-json]: expected a value after ',', found ']'"])
    }

    // MARK: Numbers

    @Test func bigIntegersBecomeDoubles() throws {
        let result = Self.read(
            "[9223372036854775807, -9223372036854775808, 9223372036854775808, -9223372036854775809, 123456789012345678901234567890, 999999999999999999]"
        )
        #expect(result.diagnostics.isEmpty)
        let items = try #require(result.root?.items)
        #expect(items.map { $0.scalar?.value } == [
            .int(.max), .int(.min), .double(9_223_372_036_854_775_808), .double(-9_223_372_036_854_775_808),
            .double(Double("123456789012345678901234567890")!), .int(999_999_999_999_999_999),
        ])
        #expect(items[4].scalar?.text == "123456789012345678901234567890")
        #expect(items[4].typeName == "number")
        #expect(items[0].typeName == "integer")
    }

    // MARK: Strictness

    struct Rejection: Sendable, CustomTestStringConvertible {
        let input: [UInt8]
        let message: String
        let position: String
        let id: String

        init(_ input: String, _ message: String, at position: String, id: String = "invalid-json") {
            self.init(bytes: Array(input.utf8), message, at: position, id: id)
        }

        init(bytes: [UInt8], _ message: String, at position: String, id: String = "invalid-json") {
            self.input = bytes
            self.message = message
            self.position = position
            self.id = id
        }

        var testDescription: String { String(decoding: input, as: UTF8.self).debugDescription }
    }

    static let rejections: [Rejection] = [
        // Empty input.
        Rejection("", "expected a value, found end of input", at: "1:1"),
        Rejection("  \n  ", "expected a value, found end of input", at: "2:3"),
        // Trailing commas.
        Rejection("[1, 2,]", "expected a value after ',', found ']'", at: "1:7"),
        Rejection("[1,\n  ]", "expected a value after ',', found ']'", at: "2:3"),
        Rejection(#"{"a": 1,}"#, "expected a string key after ',', found '}'", at: "1:9"),
        // Comments.
        Rejection("{\"a\": 1 // note\n}", "expected ',' or '}' after an object member, found a comment", at: "1:9"),
        Rejection("/* c */ 1", "expected a value, found a comment", at: "1:1"),
        // Single quotes.
        Rejection("{'a': 1}", "expected a string key or '}', found a single quote", at: "1:2"),
        Rejection("['a']", "expected a value, found a single quote", at: "1:2"),
        // Number syntax.
        Rejection("[01]", "expected a number without leading zeros, found '01'", at: "1:2"),
        Rejection("-012", "expected a number without leading zeros, found '-012'", at: "1:1"),
        Rejection("[+1]", "expected a value, found '+'", at: "1:2"),
        Rejection("[.5]", "expected a value, found '.'", at: "1:2"),
        Rejection("[1.]", "expected a digit after the decimal point, found ']'", at: "1:4"),
        Rejection("1.e5", "expected a digit after the decimal point, found 'e5'", at: "1:3"),
        Rejection("[1e]", "expected a digit in the exponent, found ']'", at: "1:4"),
        Rejection("1e+", "expected a digit in the exponent, found end of input", at: "1:4"),
        Rejection("[-]", "expected a digit after '-', found ']'", at: "1:3"),
        Rejection("[1.5.3]", "expected ',' or ']' after an array item, found '.'", at: "1:5"),
        Rejection("NaN", "expected a value, found 'NaN'", at: "1:1"),
        Rejection("[Infinity]", "expected a value, found 'Infinity'", at: "1:2"),
        Rejection("-Infinity", "expected a digit after '-', found 'Infinity'", at: "1:2"),
        // Literals.
        Rejection("[tru]", "expected a value, found 'tru'", at: "1:2"),
        Rejection("True", "expected a value, found 'True'", at: "1:1"),
        Rejection("nullx", "expected a value, found 'nullx'", at: "1:1"),
        Rejection("[undefined]", "expected a value, found 'undefined'", at: "1:2"),
        // Control characters in strings.
        Rejection("[\"a\tb\"]", "expected a character or an escape sequence in the string, found a tab", at: "1:4"),
        Rejection(
            bytes: [0x22, 0x61, 0x01, 0x22],
            "expected a character or an escape sequence in the string, found control character U+0001", at: "1:3"),
        Rejection("{\"a\": \"abc\ndef\"}", "expected '\"' to close the string, found a line break", at: "1:11"),
        Rejection("\"abc", "expected '\"' to close the string, found end of input", at: "1:5"),
        // Escapes.
        Rejection(#"["\x"]"#, #"expected an escape character (one of "\/bfnrtu) after '\', found 'x'"#, at: "1:4"),
        Rejection(#"["\'"]"#, #"expected an escape character (one of "\/bfnrtu) after '\', found a single quote"#, at: "1:4"),
        Rejection(#"["\u12G4"]"#, #"expected four hex digits after '\u', found 'G4'"#, at: "1:7"),
        Rejection(#""\u12""#, #"expected four hex digits after '\u', found '"'"#, at: "1:6"),
        Rejection(#"["ok", "\uD83D"]"#, #"expected a surrogate pair, found a lone high surrogate '\uD83D'"#, at: "1:9"),
        Rejection(#""\ud83dx""#, #"expected a surrogate pair, found a lone high surrogate '\ud83d'"#, at: "1:2"),
        Rejection(#""\uD83D\u0041""#, #"expected a surrogate pair, found a lone high surrogate '\uD83D'"#, at: "1:2"),
        Rejection(#""ab\uDE00""#, #"expected a surrogate pair, found a lone low surrogate '\uDE00'"#, at: "1:4"),
        // Invalid UTF-8.
        Rejection(
            bytes: [0x22, 0x61, 0xFF, 0x22], "expected UTF-8 text in the string, found invalid UTF-8 byte 0xFF",
            at: "1:3"),
        Rejection(
            bytes: [0x22, 0xC0, 0xAF, 0x22], "expected UTF-8 text in the string, found invalid UTF-8 byte 0xC0",
            at: "1:2"),
        Rejection(
            bytes: [0x22, 0xED, 0xA0, 0x80, 0x22],
            "expected UTF-8 text in the string, found invalid UTF-8 byte 0xED", at: "1:2"),
        Rejection(
            bytes: [0x22, 0x5C, 0x6E, 0xE2, 0x82, 0x22],
            "expected UTF-8 text in the string, found invalid UTF-8 byte 0xE2", at: "1:4"),
        Rejection(bytes: [0x5B, 0xFF, 0x5D], "expected a value, found invalid UTF-8 byte 0xFF", at: "1:2"),
        Rejection("[é]", "expected a value, found 'é'", at: "1:2"),
        // Trailing garbage and structure.
        Rejection("{} x", "expected end of input after the JSON value, found 'x'", at: "1:4"),
        Rejection("1 2", "expected end of input after the JSON value, found '2'", at: "1:3"),
        Rejection("[1]\n]", "expected end of input after the JSON value, found ']'", at: "2:1"),
        Rejection(#"{"a" 1}"#, "expected ':' after the key, found '1'", at: "1:6"),
        Rejection(#"{"a": }"#, "expected a value, found '}'", at: "1:7"),
        Rejection("{1: 2}", "expected a string key or '}', found '1'", at: "1:2"),
        Rejection("[1 2]", "expected ',' or ']' after an array item, found '2'", at: "1:4"),
        Rejection(#"{"a": 1"#, "expected ',' or '}' after an object member, found end of input", at: "1:8"),
        Rejection("[[1]", "expected ',' or ']' after an array item, found end of input", at: "1:5"),
        Rejection("[1}", "expected ',' or ']' after an array item, found '}'", at: "1:3"),
    ]

    @Test(arguments: rejections)
    func rejects(_ rejection: Rejection) {
        let result = Self.read(rejection.input)
        #expect(result.root == nil)
        #expect(result.diagnostics.count == 1)
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.id.rawValue == rejection.id)
        #expect(diagnostic?.message == rejection.message)
        #expect(diagnostic?.range?.file == "test.json")
        #expect(diagnostic?.range.map { "\($0.start)" } == rejection.position)
        #expect(diagnostic?.range?.start == diagnostic?.range?.end)
    }

    // MARK: Duplicate keys

    @Test func duplicateKeysAreReportedAndReadingGoesOn() throws {
        let text = """
            {"a": 1,
             "b": {"c": 1, "c": 2},
             "a": 3}
            """
        let result = Self.read(text)
        let root = try #require(result.root)
        #expect(root["a"]?.scalar?.value == .int(1))
        #expect(root.entries?.count == 3)
        #expect(result.formatted == [
            "test.json:2:16: error[duplicate-key]: duplicate key 'c'\ntest.json:2:8: note: 'c' first appears here",
            "test.json:3:2: error[duplicate-key]: duplicate key 'a'\ntest.json:1:2: note: 'a' first appears here",
        ])
        #expect(result.diagnostics[0].range?.end == SourcePosition(line: 2, column: 19))
    }

    @Test func duplicateKeysInLargeObjects() throws {
        var members = (0..<20).map { "\"k\($0)\": \($0)" }
        members.append(#""k3": "again""#)
        members.append(#""k3": "and again""#)
        let result = Self.read("{\(members.joined(separator: ","))}")
        #expect(result.root?["k3"]?.scalar?.value == .int(3))
        #expect(result.diagnostics.map(\.message) == ["duplicate key 'k3'", "duplicate key 'k3'"])
        #expect(result.diagnostics.allSatisfy { $0.notes.first?.range?.start == SourcePosition(line: 1, column: 26) })
    }

    @Test func duplicateKeysThenSyntaxError() {
        let result = Self.read(#"{"a": 1, "a": 2"#)
        #expect(result.root == nil)
        #expect(result.diagnostics.map(\.id) == ["invalid-json"])
    }

    // MARK: Limits

    @Test func nestingLimit() {
        #expect(Self.read("[[[1]]]", limits: Self.limits(maxDepth: 3)).diagnostics.isEmpty)
        let arrays = Self.read("[[[[1]]]]", limits: Self.limits(maxDepth: 3))
        #expect(arrays.root == nil)
        #expect(arrays.formatted == ["test.json:1:4: error[nesting-too-deep]: nesting is deeper than 3 levels"])
        let objects = Self.read(#"{"a":{"b":{"c":{}}}}"#, limits: Self.limits(maxDepth: 3))
        #expect(objects.formatted == ["test.json:1:16: error[nesting-too-deep]: nesting is deeper than 3 levels"])
    }

    @Test func hostileNestingStopsAtTheDefaultLimit() {
        let result = Self.read(String(repeating: "[", count: 200_000))
        #expect(result.root == nil)
        #expect(result.formatted == ["test.json:1:257: error[nesting-too-deep]: nesting is deeper than 256 levels"])
    }

    @Test func deepNestingWithinARaisedLimitUsesNoNativeStack() throws {
        let depth = 3000
        let text = String(repeating: "{\"a\":[", count: depth) + "0" + String(repeating: "]}", count: depth)
        let result = Self.read(text, limits: Self.limits(maxDepth: 2 * depth))
        #expect(result.diagnostics.isEmpty)
        #expect(result.root?.expandedSize == 3 * depth + 1)
    }
}
