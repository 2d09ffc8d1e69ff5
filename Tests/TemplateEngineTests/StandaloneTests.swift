import TemplateEngine
import Testing

@Suite("Standalone lines and partial indentation")
struct StandaloneTests {
    @Test func standaloneSectionLinesAreRemoved() throws {
        let source = "begin\n  {{#on}}\n  inside\n  {{/on}}\nend\n"
        #expect(try render(source, ["on": .flag(true)]) == "begin\n  inside\nend\n")
        #expect(try render(source, ["on": .flag(false)]) == "begin\nend\n")
    }

    @Test func standaloneInvertedAndCommentLinesAreRemoved() throws {
        let source = "a\n\t{{^on}}  \nb\n{{/on}}\n  {{! note }}\nc\n"
        #expect(try render(source, ["on": .flag(false)]) == "a\nb\nc\n")
    }

    @Test func multilineStandaloneCommentIsRemoved() throws {
        #expect(try render("a\n{{!\n  note\n}}\nb\n") == "a\nb\n")
    }

    @Test func standaloneAtStartAndEndWithoutNewline() throws {
        #expect(try render("{{#on}}\nx\n{{/on}}", ["on": .flag(true)]) == "x\n")
        #expect(try render("  {{! c }}") == "")
    }

    @Test func crlfLineEndingsAreRemovedToo() throws {
        #expect(try render("a\r\n{{#on}}\r\nb\r\n{{/on}}\r\nc", ["on": .flag(true)]) == "a\r\nb\r\nc")
    }

    @Test func tagsSharingALineAreNotStandalone() throws {
        #expect(try render("  {{#on}}x{{/on}}\n", ["on": .flag(true)]) == "  x\n")
        #expect(try render("  {{#on}} {{/on}}\n", ["on": .flag(true)]) == "   \n")
        #expect(try render("x {{! c }}\n") == "x \n")
        #expect(try render("{{! c }} x\n") == " x\n")
    }

    @Test func standaloneNeedsNoNewlineBeforeOrAfter() throws {
        #expect(try render("  {{#on}}\n#{{/on}}\n/", ["on": .flag(true)]) == "#\n/")
        #expect(try render("#{{#on}}\n/\n  {{/on}}", ["on": .flag(true)]) == "#\n/\n")
    }

    @Test func inlineCommentKeepsWhitespaceAroundIt() throws {
        #expect(try render(" | {{#on}} {{! keep }}\n {{/on}} | \n", ["on": .flag(true)]) == " |  \n  | \n")
    }

    @Test func variablesAreNeverStandalone() throws {
        #expect(try render("  {{v}}\n", ["v": .text("")]) == "  \n")
    }

    @Test func listSectionGeneratesIndentedLines() throws {
        let source = """
            enum Kind {
                {{#cases}}
                case {{.}}
                {{/cases}}
            }

            """
        let expected = """
            enum Kind {
                case a
                case b
            }

            """
        #expect(try render(source, ["cases": texts(["a", "b"])]) == expected)
    }

    @Test func standalonePartialIndentsEveryLine() throws {
        let output = try render(
            "struct S {\n    {{> doc}}\n    let x: Int\n}\n", ["summary": .text("The x.")],
            partials: ["doc": "/// {{summary}}\n///\n/// More.\n"])
        #expect(output == "struct S {\n    /// The x.\n    ///\n    /// More.\n    let x: Int\n}\n")
    }

    @Test func standalonePartialWithoutTrailingNewline() throws {
        #expect(try render("  {{> p}}", partials: ["p": ">\n>"]) == "  >\n  >")
        #expect(try render("|\r\n{{>p}}\r\n|", partials: ["p": ">"]) == "|\r\n>|")
    }

    @Test func indentationIsForTemplateLinesNotInterpolatedText() throws {
        // As in the spec: the partial's own lines are indented, a multi-line value is inserted as is.
        let output = try render(
            "\\\n {{>p}}\n/\n", ["content": .text("<\n->")], partials: ["p": "|\n{{{content}}}\n|\n"])
        #expect(output == "\\\n |\n <\n->\n |\n/\n")
    }

    @Test func inlinePartialIsNotIndented() throws {
        #expect(try render("  x {{> p}}\n", partials: ["p": "a\nb"]) == "  x a\nb\n")
    }

    @Test func nestedStandalonePartialsAccumulateIndentation() throws {
        let partials = [
            "type": "struct {{name}} {\n{{#fields}}\n    {{> field}}\n{{/fields}}\n}\n",
            "field": "/// {{doc}}\nlet {{name}}: {{type}}\n",
        ]
        let values: [String: TemplateValue] = [
            "name": .text("Pet"),
            "fields": .list([
                object(["name": .text("id"), "type": .text("Int"), "doc": .text("The id.")]),
                object(["name": .text("tag"), "type": .text("String?"), "doc": .text("A tag.")]),
            ]),
        ]
        let output = try render("enum API {\n    {{> type}}\n}\n", values, partials: partials)
        let expected = """
            enum API {
                struct Pet {
                    /// The id.
                    let id: Int
                    /// A tag.
                    let tag: String?
                }
            }

            """
        #expect(output == expected)
    }

    @Test func indentedPartialLinesStartingWithTagsAreIndented() throws {
        let partials = ["p": "{{#on}}on{{/on}}\n{{v}}\n{{^on}}off{{/on}}\n"]
        let output = try render("  {{> p}}\n", ["on": .flag(true), "v": .text("")], partials: partials)
        #expect(output == "  on\n  \n  \n")
    }
}
