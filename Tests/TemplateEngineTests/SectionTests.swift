import TemplateEngine
import Testing

@Suite("Sections and the context stack")
struct SectionTests {
    @Test func sectionOnFlagRendersOnceWhenTrue() throws {
        #expect(try render("[{{#on}}yes{{/on}}]", ["on": .flag(true)]) == "[yes]")
        #expect(try render("[{{#on}}yes{{/on}}]", ["on": .flag(false)]) == "[]")
    }

    @Test func sectionOnTextRendersWhenNonEmptyWithTextPushed() throws {
        #expect(try render("[{{#t}}<{{.}}>{{/t}}]", ["t": .text("x")]) == "[<x>]")
        #expect(try render("[{{#t}}<{{.}}>{{/t}}]", ["t": .text("")]) == "[]")
    }

    @Test func sectionOnListRepeatsPerElement() throws {
        let values: [String: TemplateValue] = [
            "fields": .list([object(["name": .text("id")]), object(["name": .text("title")])])
        ]
        #expect(try render("{{#fields}}let {{name}}\n{{/fields}}", values) == "let id\nlet title\n")
    }

    @Test func listOfTextsWithImplicitIterator() throws {
        #expect(
            try render("{{#cases}}case {{.}}; {{/cases}}", ["cases": texts(["a", "b", "c"])])
                == "case a; case b; case c; ")
    }

    @Test func nestedListsIterateWithImplicitIterator() throws {
        let values: [String: TemplateValue] = ["rows": .list([texts(["1", "2"]), texts(["3"])])]
        #expect(try render("{{#rows}}[{{#.}}{{.}}{{/.}}]{{/rows}}", values) == "[12][3]")
    }

    @Test func sectionOnObjectPushesIt() throws {
        let values: [String: TemplateValue] = ["user": object(["name": .text("Ann")]), "name": .text("outer")]
        #expect(try render("{{#user}}{{name}}{{/user}} {{name}}", values) == "Ann outer")
    }

    @Test func innerMissingKeyFallsBackToOuterContexts() throws {
        let values: [String: TemplateValue] = [
            "type": .text("Pet"),
            "fields": .list([
                object(["name": .text("id"), "optional": .flag(false)]),
                object(["name": .text("tag"), "optional": .flag(true), "type": .text("Tag")]),
            ]),
        ]
        let source = "{{#fields}}{{type}}.{{name}}{{#optional}}?{{/optional}} {{/fields}}"
        #expect(try render(source, values) == "Pet.id Tag.tag? ")
    }

    @Test func textsAndFlagsOnTheStackAnswerNoKeys() throws {
        let values: [String: TemplateValue] = ["name": .text("outer"), "items": texts(["a"]), "on": .flag(true)]
        #expect(try render("{{#items}}{{name}}{{/items}}|{{#on}}{{name}}{{/on}}", values) == "outer|outer")
    }

    @Test func dottedNames() throws {
        let values: [String: TemplateValue] = [
            "a": object(["b": object(["c": .text("deep")])]),
            "c": .text("top"),
        ]
        #expect(try render("{{a.b.c}}", values) == "deep")
        #expect(try render("{{#a.b}}{{c}}{{/a.b}}", values) == "deep")
        #expect(try render("{{^a.b.missing}}none{{/a.b.missing}}", values) == "none")
    }

    @Test func dottedNameResolvesFirstPartThroughStackAndRestOnlyOnThatValue() throws {
        let values: [String: TemplateValue] = [
            "a": object(["b": object(["c": .text("outer")])]),
            "inner": object(["a": object(["x": .text("1")])]),
        ]
        // Inside `inner`, `a` is inner's `a`, which has no `b`: the lookup must not fall back to the outer `a`.
        #expect(try render("{{#inner}}[{{a.b.c}}]{{/inner}}", values) == "[]")
        #expect(try render("{{#inner}}[{{a.x}}]{{/inner}}", values) == "[1]")
    }

    @Test func invertedSectionsRenderOnFalsyValues() throws {
        let source = "{{^v}}empty{{/v}}"
        #expect(try render(source, ["v": .list([])]) == "empty")
        #expect(try render(source, ["v": .flag(false)]) == "empty")
        #expect(try render(source, ["v": .text("")]) == "empty")
        #expect(try render(source, [:]) == "empty")
        #expect(try render(source, ["v": texts(["x"])]) == "")
        #expect(try render(source, ["v": .flag(true)]) == "")
        #expect(try render(source, ["v": .text("x")]) == "")
        #expect(try render(source, ["v": object([:])]) == "")
    }

    @Test func sectionsOnEmptyListAndMissingRenderNothing() throws {
        #expect(try render("[{{#v}}x{{/v}}]", ["v": .list([])]) == "[]")
        #expect(try render("[{{#v}}x{{/v}}]") == "[]")
    }

    @Test func nestedSectionsWithSameName() throws {
        let values: [String: TemplateValue] = ["a": object(["a": object(["v": .text("2")]), "v": .text("1")])]
        #expect(try render("{{#a}}{{v}}{{#a}}{{v}}{{/a}}{{v}}{{/a}}", values) == "121")
    }
}
