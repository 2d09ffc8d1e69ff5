import Pipeline
import SpecModel
import Testing

@testable import SpecLint

/// `SchemaValueValidator` on schemas read from small documents, values written directly.
@Suite struct SchemaValueValidatorTests {
    /// A document whose `components/schemas` is `schemas` (indented YAML), and a validator over it.
    struct Fixture {
        let document: RawDocument
        let validator: SchemaValueValidator

        init(_ schemas: String, version: String = "3.0.3") {
            let yaml = """
                openapi: \(version)
                info:
                  title: T
                  version: '1'
                paths: {}
                components:
                  schemas:
                \(schemas)
                """
            let result = Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": yaml])).validate("openapi.yaml")
            document = result.document!
            validator = SchemaValueValidator(document: document)
        }

        func schema(_ name: String) -> Schema {
            document.openAPI.components!.schemas.first { $0.name == name }!.value.value!
        }

        /// The failure's description, or "ok".
        func check(_ value: SchemaValue, _ name: String = "T", ignoringEnum: Bool = false) -> String {
            validator.validate(value, against: schema(name), ignoringEnum: ignoringEnum)?.description ?? "ok"
        }
    }

    @Test func typesAndIntegers() {
        let fixture = Fixture("    T: {type: integer}")
        #expect(fixture.check(.integer(3)) == "ok")
        #expect(fixture.check(.number(3.0)) == "ok")
        #expect(fixture.check(.number(3.5)) == "expected integer, found number")
        #expect(fixture.check(.string("3")) == "expected integer, found string")
        #expect(fixture.check(.null) == "expected integer, found null")
    }

    @Test func nullableIn30AndNullTypeIn31() {
        let old = Fixture("    T: {type: string, nullable: true, enum: [a]}")
        #expect(old.check(.null) == "ok")
        #expect(old.check(.string("b")) == "expected one of 'a', found 'b'")
        let new = Fixture("    T: {type: [string, 'null']}", version: "3.1.0")
        #expect(new.check(.null) == "ok")
        #expect(new.check(.integer(1)) == "expected string or null, found integer")
    }

    @Test func enumConstAndIgnoringEnum() {
        let fixture = Fixture("    T: {type: integer, enum: [1, 2]}\n    C: {const: {a: [1, 2.0]}}", version: "3.1.0")
        #expect(fixture.check(.number(2.0)) == "ok")
        #expect(fixture.check(.integer(5)) == "expected one of 1, 2, found 5")
        #expect(fixture.check(.integer(5), ignoringEnum: true) == "ok")
        #expect(fixture.check(.object([("a", .array([.number(1), .integer(2)]))]), "C") == "ok")
        #expect(fixture.check(.object([("a", .array([.integer(2)]))]), "C") == "expected {...}, found {...}")
    }

    @Test func numberBounds() {
        let old = Fixture("    T: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 10, multipleOf: 0.1}")
        #expect(old.check(.number(0.3)) == "ok")
        #expect(old.check(.integer(0)) == "expected a value > 0, found 0")
        #expect(old.check(.integer(11)) == "expected a value <= 10, found 11")
        #expect(old.check(.number(0.25)) == "expected a multiple of 0.1, found 0.25")
        let new = Fixture("    T: {type: integer, exclusiveMaximum: 5}", version: "3.1.0")
        #expect(new.check(.integer(4)) == "ok")
        #expect(new.check(.integer(5)) == "expected a value < 5, found 5")
    }

    @Test func stringsCountCodePointsAndMatchPatterns() {
        let fixture = Fixture(
            "    T: {type: string, minLength: 2, maxLength: 3, pattern: '^[a-zé]+$'}\n    B: {pattern: '[a-'}")
        #expect(fixture.check(.string("éé")) == "ok")
        #expect(fixture.check(.string("a")) == "expected at least 2 characters, found 1 in 'a'")
        #expect(fixture.check(.string("abcd")) == "expected at most 3 characters, found 4 in 'abcd'")
        #expect(fixture.check(.string("A1")) == "expected a string matching '^[a-zé]+$', found 'A1'")
        // A pattern that does not compile is skipped, never a crash.
        #expect(fixture.check(.string("anything"), "B") == "ok")
    }

    @Test func formats() {
        let fixture = Fixture(
            """
                I: {type: integer, format: int32}
                D: {type: string, format: date-time}
                U: {type: string, format: uuid}
                E: {type: string, format: email}
            """)
        #expect(fixture.check(.integer(2_147_483_647), "I") == "ok")
        #expect(fixture.check(.integer(2_147_483_648), "I") == "expected an int32 value, found 2147483648")
        #expect(fixture.check(.string("2024-02-29T10:00:00.5+01:00"), "D") == "ok")
        #expect(
            fixture.check(.string("2024-02-29 10:00:00"), "D")
                == "expected a 'date-time' string (RFC 3339), found '2024-02-29 10:00:00'")
        #expect(fixture.check(.string("123e4567-e89b-12d3-a456-426614174000"), "U") == "ok")
        #expect(fixture.check(.string("123e4567"), "U") == "expected a 'uuid' string, found '123e4567'")
        #expect(fixture.check(.string("not an address"), "E") == "ok")
    }

    @Test func arrays() {
        let fixture = Fixture(
            "    T: {type: array, minItems: 1, maxItems: 3, uniqueItems: true, items: {type: integer}}")
        #expect(fixture.check(.array([.integer(1), .integer(2)])) == "ok")
        #expect(fixture.check(.array([])) == "expected at least 1 items, found 0")
        #expect(
            fixture.check(.array([.integer(1), .number(1.0)]))
                == "at '/1': expected unique items, found a repeat of item 0")
        #expect(fixture.check(.array([.integer(1), .string("x")])) == "at '/1': expected integer, found string")
        let tuple = Fixture(
            "    T: {prefixItems: [{type: string}], items: {type: integer}, contains: {const: 7}}", version: "3.1.0")
        #expect(tuple.check(.array([.string("a"), .integer(7)])) == "ok")
        #expect(tuple.check(.array([.integer(1), .integer(7)])) == "at '/0': expected string, found integer")
        #expect(tuple.check(.array([.string("a"), .integer(1)])) == "expected at least one item matching 'contains'")
    }

    @Test func objects() {
        let fixture = Fixture(
            """
                T:
                  type: object
                  required: [id, secret, created]
                  additionalProperties: false
                  properties:
                    id: {type: integer}
                    secret: {type: string, writeOnly: true}
                    created: {type: string, readOnly: true}
                  patternProperties:
                    '^x-': {type: string}
            """, version: "3.1.0")
        #expect(fixture.check(.object([("id", .integer(1)), ("x-a", .string("b"))])) == "ok")
        #expect(fixture.check(.object([("x-a", .string("b"))])) == "missing required property 'id'")
        #expect(
            fixture.check(.object([("id", .integer(1)), ("x-a", .integer(2))]))
                == "at '/x-a': expected string, found integer")
        let failure = fixture.validator.validate(
            .object([("id", .integer(1)), ("other", .null)]), against: fixture.schema("T"))
        #expect(
            failure
                == SchemaValueFailure(
                    path: ["other"], message: "unexpected property 'other': 'additionalProperties' is false",
                    isAboutKey: true))
    }

    @Test func composition() {
        let fixture = Fixture(
            """
                All: {allOf: [{type: object, required: [a]}, {required: [b]}]}
                Any: {anyOf: [{type: string}, {type: integer}]}
                One: {oneOf: [{type: number}, {type: integer}]}
                Not: {not: {type: string}}
                Pet:
                  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                  discriminator: {propertyName: kind}
                Cat: {type: object, required: [kind, meows], properties: {kind: {type: string}, meows: {type: boolean}}}
                Dog: {type: object, required: [kind, barks], properties: {kind: {type: string}, barks: {type: boolean}}}
            """)
        #expect(fixture.check(.object([("a", .integer(1))]), "All") == "missing required property 'b'")
        #expect(fixture.check(.bool(true), "Any") == "expected a value matching one of the 'anyOf' schemas")
        // oneOf accepts a value two variants match (documented leniency).
        #expect(fixture.check(.integer(1), "One") == "ok")
        #expect(fixture.check(.string("x"), "Not") == "expected a value not matching the 'not' schema")
        // The discriminator picks the variant whose failure is shown.
        #expect(
            fixture.check(.object([("kind", .string("Dog")), ("barks", .string("loud"))]), "Pet")
                == "at '/barks': expected boolean, found string")
        #expect(fixture.check(.object([("kind", .string("Dog"))]), "Pet") == "missing required property 'barks'")
    }

    @Test func recursiveSchemasFollowTheValueAndCyclesEnd() {
        let fixture = Fixture(
            """
                Tree:
                  type: object
                  properties:
                    name: {type: string}
                    children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
                A: {allOf: [{$ref: '#/components/schemas/B'}], type: object}
                B: {allOf: [{$ref: '#/components/schemas/A'}]}
            """)
        let leaf = SchemaValue.object([("name", .integer(3))])
        let tree = SchemaValue.object([("children", .array([.object([("children", .array([leaf]))])]))])
        #expect(fixture.check(tree, "Tree") == "at '/children/0/children/0/name': expected string, found integer")
        #expect(fixture.check(.object([]), "A") == "ok")
        #expect(fixture.check(.integer(1), "A") == "expected object, found integer")
    }

    @Test func failuresPointAtTheOffendingNode() throws {
        let fixture = Fixture(
            """
                T:
                  type: object
                  additionalProperties: false
                  properties:
                    items: {type: array, items: {type: integer}}
                  example:
                    items: [1, two]
                    extra: 1
            """)
        let example = try #require(fixture.schema("T").example)
        let value = try #require(SchemaValue(node: example))
        let failure = try #require(fixture.validator.validate(value, against: fixture.schema("T")))
        #expect(failure.description == "at '/items/1': expected integer, found string")
        #expect(failure.node(in: example).string == "two")
        let keyFailure = SchemaValueFailure(path: ["extra"], message: "", isAboutKey: true)
        #expect(keyFailure.node(in: example).string == "extra")
    }
}
