import TemplateEngine
import Testing

@Suite("Template errors")
struct TemplateErrorTests {
    private func parseError(_ source: String) -> TemplateError? {
        do {
            _ = try Template(name: "t", source: source)
            return nil
        } catch {
            return error
        }
    }

    @Test func unclosedTag() throws {
        let error = try #require(parseError("line one\n  x {{name\n"))
        #expect(error.description == "t:2:5: unclosed tag, expected '}}'")
    }

    @Test func unclosedTripleMustache() throws {
        let error = try #require(parseError("{{{name}}"))
        #expect(error.description == "t:1:1: unclosed tag, expected '}}}'")
    }

    @Test func unclosedSectionPointsAtItsOpeningTag() throws {
        let error = try #require(parseError("a\n{{#outer}}\n  {{#inner}}x{{/inner}}\n"))
        #expect(error.description == "t:2:1: unclosed section 'outer'")
        #expect((error.template, error.line, error.column) == ("t", 2, 1))
    }

    @Test func mismatchedCloseTag() throws {
        let error = try #require(parseError("{{#a}}\n  {{#b}}\n  {{/a}}\n"))
        #expect(error.description == "t:3:3: closing tag 'a' does not match section 'b' opened at 2:3")
    }

    @Test func closeTagWithoutSection() throws {
        let error = try #require(parseError("x {{/a}}"))
        #expect(error.description == "t:1:3: closing tag 'a' has no open section")
    }

    @Test func emptyTagNames() throws {
        #expect(parseError("ab{{}}")?.description == "t:1:3: empty tag name")
        #expect(parseError("\n {{ }}")?.description == "t:2:2: empty tag name")
        #expect(parseError("{{#}}{{/}}")?.description == "t:1:1: empty tag name")
        #expect(parseError("{{>  }}")?.description == "t:1:1: empty tag name")
        #expect(parseError("{{& }}")?.description == "t:1:1: empty tag name")
    }

    @Test func invalidNames() throws {
        #expect(parseError("{{a..b}}")?.description == "t:1:1: invalid tag name 'a..b'")
        #expect(parseError("{{a b}}")?.description == "t:1:1: invalid tag name 'a b'")
        #expect(parseError("{{.a}}")?.description == "t:1:1: invalid tag name '.a'")
    }

    @Test func setDelimiterIsRejected() throws {
        let error = try #require(parseError("x\n  {{=<% %>=}}\n"))
        #expect(error.description == "t:2:3: set-delimiter tags ('{{=') are not supported")
    }

    @Test func inheritanceIsRejected() throws {
        #expect(parseError("{{<base}}{{/base}}")?.line == 1)
        #expect(
            parseError("{{$block}}{{/block}}")?.message == "template inheritance ('{{<' and '{{$') is not supported")
    }

    @Test func columnsCountUTF8Bytes() throws {
        // "é" is two UTF-8 bytes, so the tag starts at byte column 5 although it is the 4th character.
        let error = try #require(parseError("é: {{}}"))
        #expect((error.line, error.column) == (1, 5))
    }

    @Test func unknownPartialAtRenderTimeNamesIt() throws {
        let error = try #require(renderError("a\n  b {{> swift/missing }}\n"))
        #expect(error.description == "main:2:5: unknown partial 'swift/missing'")
    }

    @Test func unknownPartialInsideAPartialNamesThatPartial() throws {
        let error = try #require(renderError("{{> outer}}", partials: ["outer": "x\n\n   {{> inner}}\n"]))
        #expect(error.description == "outer:3:4: unknown partial 'inner'")
    }

    @Test func unknownPartialInFalsySectionIsNotAnError() throws {
        #expect(try render("{{#no}}{{> missing}}{{/no}}") == "")
    }

    @Test func recursionDeeperThan64PartialLevels() throws {
        let error = try #require(renderError("{{> loop}}", partials: ["loop": "x\n {{> loop}}"]))
        #expect(error.template == "loop")
        #expect((error.line, error.column) == (2, 2))
        #expect(error.message == "partials nested deeper than 64 levels at 'loop' (does it include itself?)")
    }

    @Test func recursionUpTo64LevelsIsAllowed() throws {
        // A list nested 63 deep, rendered by a partial that recurses into `children`: 64 partial levels in all.
        // The leaf needs its own empty `children`, or lookup would fall back to its parent's and loop.
        var value = object(["children": .list([])])
        for _ in 0..<63 { value = object(["children": .list([value])]) }
        let partials = ["node": "[{{#children}}{{> node}}{{/children}}]"]
        let output = try render("{{#root}}{{> node}}{{/root}}", ["root": value], partials: partials)
        #expect(output == String(repeating: "[", count: 64) + String(repeating: "]", count: 64))

        value = object(["children": .list([value])])
        let error = try #require(renderError("{{#root}}{{> node}}{{/root}}", ["root": value], partials: partials))
        #expect((error.template, error.line, error.column) == ("node", 1, 15))
    }

    @Test func unknownTemplateInLibrary() throws {
        let library = TemplateLibrary()
        #expect(throws: TemplateError.self) { try library.render("nope", TemplateDictionary([:])) }
        do {
            _ = try library.render("nope", TemplateDictionary([:]))
        } catch {
            #expect(error.description == "nope: unknown template 'nope'")
        }
    }
}
