import TemplateEngine
import Testing

@Suite("Tags")
struct TagTests {
    @Test func variableInsertsText() throws {
        #expect(try render("Hello, {{name}}!", ["name": .text("World")]) == "Hello, World!")
    }

    @Test func allThreeInterpolationsAreUnescaped() throws {
        let values: [String: TemplateValue] = ["code": .text("a < b && \"c\" > 'd'")]
        let expected = "a < b && \"c\" > 'd'"
        #expect(try render("{{code}}", values) == expected)
        #expect(try render("{{{code}}}", values) == expected)
        #expect(try render("{{&code}}", values) == expected)
        #expect(try render("{{& code}}", values) == expected)
    }

    @Test func whitespaceInsideTagsIsIgnored() throws {
        let values: [String: TemplateValue] = ["a": .text("x"), "list": texts(["1", "2"])]
        #expect(try render("[{{ a }}|{{{ a }}}|{{#  list  }}{{ . }}{{/ list }}]", values) == "[x|x|12]")
    }

    @Test func missingNameRendersNothing() throws {
        #expect(try render("<{{missing}}>") == "<>")
        #expect(try render("<{{missing.deeper}}>") == "<>")
    }

    @Test func flagsInterpolateAsBooleansListsAndObjectsAsNothing() throws {
        let values: [String: TemplateValue] = [
            "yes": .flag(true), "no": .flag(false), "list": texts(["a"]), "object": object(["a": .text("b")]),
        ]
        #expect(try render("{{yes}} {{no}} [{{list}}] [{{object}}]", values) == "true false [] []")
    }

    @Test func commentsRenderNothing() throws {
        #expect(try render("a{{! a comment }}b") == "ab")
        #expect(try render("a{{!\n multi\n line\n}}b") == "ab")
        #expect(try render("a{{! {{not a tag}} }}b") == "a }}b")
    }

    @Test func partialRendersInCurrentContext() throws {
        let values: [String: TemplateValue] = [
            "items": .list([object(["name": .text("x")]), object(["name": .text("y")])])
        ]
        let output = try render("{{#items}}({{> item}}){{/items}}", values, partials: ["item": "<{{name}}>"])
        #expect(output == "(<x>)(<y>)")
    }

    @Test func partialNamesMayContainSlashes() throws {
        let output = try render(
            "[{{> swift/doc-comment }}]", ["a": .text("A")], partials: ["swift/doc-comment": "{{a}}"])
        #expect(output == "[A]")
    }

    @Test func textOutsideTagsIsKeptExactly() throws {
        let source = "struct X {\r\n\tlet é = \"}}\" // {\n}\n"
        #expect(try render(source) == source)
    }

    @Test func libraryRendersByName() throws {
        let library = TemplateLibrary([
            "page": try Template(name: "page", source: "<{{> part}}>"),
            "part": try Template(name: "part", source: "{{title}}"),
        ])
        #expect(try library.render("page", TemplateDictionary(["title": .text("T")])) == "<T>")
        #expect(library.names == ["page", "part"])
        #expect(library.template(named: "part")?.name == "part")
        #expect(library.template(named: "nope") == nil)
    }

    @Test func renderIntoAppendsToExistingOutput() throws {
        let template = try Template(name: "t", source: "{{a}};")
        var output = "start:"
        try template.render(TemplateDictionary(["a": .text("1")]), library: TemplateLibrary(), into: &output)
        try template.render(TemplateDictionary(["a": .text("2")]), library: TemplateLibrary(), into: &output)
        #expect(output == "start:1;2;")
    }
}
