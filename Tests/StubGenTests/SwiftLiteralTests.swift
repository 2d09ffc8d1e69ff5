import Testing

@testable import StubGen

/// Swift string literals written into generated code for document text (defaults, keys, patterns).
@Suite struct SwiftLiteralTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        ("line\nbreak\r\ttab", #""line\nbreak\r\ttab""#),
        ("\u{1}\u{1F}\u{7F}", #""\u{1}\u{1f}\u{7f}""#),
        ("\u{2028}\u{2029}", #""\u{2028}\u{2029}""#),
        ("…é🐕", #""…é🐕""#),
        (#"\(interpolation)"#, #""\\(interpolation)""#),
        (#"^[A-Za-z ]+$"#, #""^[A-Za-z ]+$""#),
        ("#\"raw\"#", ##""#\"raw\"#""##),
        ("", #""""#),
    ])
    func stringEscapes(_ text: String, _ literal: String) {
        #expect(SwiftLiteral.string(text) == literal)
    }

    @Test func numbers() {
        #expect(SwiftLiteral.number(3, integer: true) == "3")
        #expect(SwiftLiteral.number(3, integer: false) == "3.0")
        #expect(SwiftLiteral.number(2.5, integer: false) == "2.5")
        #expect(SwiftLiteral.number(-0.5, integer: false) == "-0.5")
    }
}
