import SpecDiagnostics
import SpecModel
import SpecParser
import Testing

/// Schemas: shapes, keyword types, and what each version allows.
@Suite struct ModelBuilderSchemaTests {
    /// A document whose `components.schemas` holds `schemas` (indented by four spaces).
    func document(_ version: String, _ schemas: String) -> String {
        minimalDocument(version, "paths: {}\ncomponents:\n  schemas:\n" + schemas)
    }

    @Test func rejectsSchemasThatAreNotObjects() {
        let schemas = "    a: null\n    b: 0\n    c: []\n    d: true\n"
        #expect(
            BuildOutcome(document("3.0.3", schemas)).lines == [
                "openapi.yaml:8:8: error[invalid-type]: expected object for 'a', found null",
                "openapi.yaml:9:8: error[invalid-type]: expected object for 'b', found integer",
                "openapi.yaml:10:8: error[invalid-type]: expected object for 'c', found array",
                "openapi.yaml:11:8: error[invalid-type]: expected object for 'd', found boolean",
            ])
        let outcome = BuildOutcome(document("3.1.0", schemas))
        #expect(
            outcome.lines == [
                "openapi.yaml:8:8: error[invalid-type]: expected object or boolean for 'a', found null",
                "openapi.yaml:9:8: error[invalid-type]: expected object or boolean for 'b', found integer",
                "openapi.yaml:10:8: error[invalid-type]: expected object or boolean for 'c', found array",
            ])
        // 3.1 boolean schemas are schemas.
        #expect(outcome.document?.store.schemas[outcome.rootTarget("/components/schemas/d")]?.booleanSchema == true)
    }

    @Test func checksTypeNames() {
        let schemas = """
                a: {type: strnig}
                b: {type: 'null'}
                c: {type: [string, 'null']}
                d: {type: [string, 5]}
            """
        #expect(
            BuildOutcome(document("3.0.3", schemas)).lines == [
                "openapi.yaml:8:15: error[invalid-value]: expected 'array', 'boolean', 'integer', 'number', 'object' "
                    + "or 'string' for 'type', found 'strnig'; did you mean 'string'?",
                "openapi.yaml:9:15: error[invalid-value]: expected 'array', 'boolean', 'integer', 'number', 'object' "
                    + "or 'string' for 'type', found 'null'; openapi 3.0 has no 'null' type; use 'nullable: true'",
                "openapi.yaml:10:15: error[invalid-type]: expected string for 'type', found array",
                "openapi.yaml:11:15: error[invalid-type]: expected string for 'type', found array",
            ])
        let outcome = BuildOutcome(document("3.1.0", schemas))
        #expect(
            outcome.lines == [
                "openapi.yaml:8:15: error[invalid-value]: expected 'array', 'boolean', 'integer', 'number', 'object', "
                    + "'string' or 'null' for 'type', found 'strnig'; did you mean 'string'?",
                "openapi.yaml:11:24: error[invalid-type]: expected string for an item of 'type', found integer",
            ])
        let c = outcome.document?.store.schemas[outcome.rootTarget("/components/schemas/c")]
        #expect(c?.types.map(\.value) == ["string", "null"])
        #expect(c?.allowsNull == true)
    }

    @Test func unknownKeywordsAreErrorsIn3_0Only() {
        let schemas = """
                a:
                  type: object
                  propertees: {}
                  const: 1
                  x-kind: tree
                  nullable: true
            """
        #expect(
            BuildOutcome(document("3.0.3", schemas)).lines == [
                "openapi.yaml:10:7: error[unknown-field]: unknown field 'propertees' in schema object; did you mean "
                    + "'properties'?",
                "openapi.yaml:11:7: error[unknown-field]: unknown field 'const' in schema object; 'const' is new in "
                    + "openapi 3.1",
            ])
        let outcome = BuildOutcome(document("3.1.0", schemas))
        #expect(outcome.lines == [])
        let a = outcome.document?.store.schemas[outcome.rootTarget("/components/schemas/a")]
        #expect(a?.extensions.map(\.name) == ["x-kind"])
        #expect(a?.constValue?.scalar?.text == "1")
        // `nullable` is not a 3.1 keyword: ignored, so it does not make the schema nullable.
        #expect(a?.nullable == nil)
    }

    @Test func checksKeywordTypes() {
        let schemas = """
                a:
                  required: [id, 5]
                  properties: []
                  enum: one
                  minLength: -1
                  maxLength: ten
                  allOf: []
                  additionalProperties: 'no'
                  multipleOf: 0
                  exclusiveMinimum: 1
            """
        #expect(
            BuildOutcome(document("3.0.3", schemas)).lines == [
                "openapi.yaml:9:22: error[invalid-type]: expected string for an item of 'required', found integer",
                "openapi.yaml:10:19: error[invalid-type]: expected object for 'properties', found array",
                "openapi.yaml:11:13: error[invalid-type]: expected array for 'enum', found string",
                "openapi.yaml:12:18: error[invalid-value]: expected a non-negative integer for 'minLength', found -1",
                "openapi.yaml:13:18: error[invalid-type]: expected non-negative integer for 'maxLength', found string",
                "openapi.yaml:14:14: error[invalid-value]: expected at least one schema in 'allOf'",
                "openapi.yaml:15:29: error[invalid-type]: expected boolean or object for 'additionalProperties', "
                    + "found string",
                "openapi.yaml:16:19: error[invalid-value]: expected a number above 0 for 'multipleOf', found 0",
                "openapi.yaml:17:25: error[invalid-type]: expected boolean for 'exclusiveMinimum', found integer",
            ])
    }

    @Test func readsTheModel() {
        let outcome = BuildOutcome(
            document(
                "3.1.0",
                """
                    Pet:
                      type: object
                      required: [id]
                      properties:
                        id: {type: integer, format: int64, minimum: 1}
                        tags: {type: array, items: {type: string}, maxItems: 3}
                        owner: {$ref: '#/components/schemas/Person'}
                      additionalProperties: false
                      discriminator: {propertyName: id, mapping: {a: '#/components/schemas/Person'}}
                    Person: {type: object, additionalProperties: {type: string}}
                """))
        #expect(outcome.lines == [])
        let pet = outcome.document?.store.schemas[outcome.rootTarget("/components/schemas/Pet")]
        #expect(pet?.required.map(\.value) == ["id"])
        #expect(pet?.properties.map(\.name) == ["id", "tags", "owner"])
        #expect(pet?.property("id")?.value?.minimum?.value == 1)
        #expect(pet?.property("tags")?.value?.items?.value?.types.map(\.value) == ["string"])
        #expect(pet?.property("tags")?.value?.maxItems?.value == 3)
        #expect(pet?.property("owner")?.reference?.target == outcome.rootTarget("/components/schemas/Person"))
        #expect(pet?.discriminator?.mapping.map(\.value.value) == ["#/components/schemas/Person"])
        if case .allowed(let flag)? = pet?.additionalProperties { #expect(flag.value == false) } else { Issue.record() }
    }

    @Test func discriminatorNeedsPropertyName() {
        #expect(
            BuildOutcome(document("3.0.3", "    a: {discriminator: {mapping: {}}}\n")).lines == [
                "openapi.yaml:8:24: error[missing-field]: missing required field 'propertyName' in discriminator "
                    + "object"
            ])
    }

    @Test func refWithSiblings() {
        let schemas = """
                A: {type: string}
                B: {$ref: '#/components/schemas/A', description: about A}
                C: {$ref: '#/components/schemas/A', maxLength: 3}
            """
        // 3.0 ignores every sibling of `$ref`: both are plain references, and nothing is reported.
        let old = BuildOutcome(document("3.0.3", schemas))
        #expect(old.lines == [])
        let oldSchemas = old.document?.openAPI.components?.schemas
        #expect(oldSchemas?.map { $0.value.reference != nil } == [false, true, true])
        // 3.1: annotations beside `$ref` keep it a reference; other keywords make a schema that also refers.
        let new = BuildOutcome(document("3.1.0", schemas))
        #expect(new.lines == [])
        let newSchemas = new.document?.openAPI.components?.schemas
        #expect(newSchemas?[1].value.reference?.target == new.rootTarget("/components/schemas/A"))
        #expect(newSchemas?[2].value.value?.reference?.target == new.rootTarget("/components/schemas/A"))
        #expect(newSchemas?[2].value.value?.maxLength?.value == 3)
    }
}
