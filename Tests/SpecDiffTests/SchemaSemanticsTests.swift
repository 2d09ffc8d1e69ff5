import SpecDiff
import Testing

/// Snippets: how schema structure (allOf, aliases, inline bodies, webhooks) affects what is reported.
@Suite struct SchemaSemanticsTests {
    /// A document with one GET returning `schema` and the given components.
    static func document(response schema: String, components: String = "") -> String {
        """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: \(schema)
        \(components.isEmpty ? "" : "components:\n  schemas:\n" + components)
        """
    }

    static func diff(_ base: String, _ revision: String) -> String {
        let result = DiffRun.changes(
            files: ["base.yaml": base, "revision.yaml": revision], base: "base.yaml", revision: "revision.yaml")
        #expect(result.diagnostics.map(\.formatted) == [])
        return result.changes.formatted
    }

    @Test func movingPropertiesIntoAnAllOfBaseIsNotAChange() {
        let base = Self.document(
            response: "{$ref: '#/components/schemas/Pet'}",
            components:
                "    Pet:\n      type: object\n      required: [id]\n      properties:\n        id: {type: integer}\n        name: {type: string}\n"
        )
        let revision = Self.document(
            response: "{$ref: '#/components/schemas/Pet'}",
            components: """
                    Base:
                      type: object
                      required: [id]
                      properties:
                        id: {type: integer}
                    Pet:
                      allOf:
                        - $ref: '#/components/schemas/Base'
                        - properties:
                            name: {type: string}

                """)
        #expect(Self.diff(base, revision) == "")
    }

    @Test func writingOutAnImpliedTypeIsNotAChange() {
        let base = Self.document(response: "{properties: {tags: {items: {type: string}}}}")
        let revision = Self.document(
            response: "{type: object, properties: {tags: {type: array, items: {type: string}}}}")
        #expect(Self.diff(base, revision) == "")
    }

    @Test func inlineSchemaChangesBelongToTheirOperation() {
        let base = Self.document(
            response:
                "{type: object, properties: {items: {type: array, items: {type: object, properties: {id: {type: integer}}}}}}"
        )
        let revision = Self.document(
            response:
                "{type: object, properties: {items: {type: array, items: {type: object, properties: {id: {type: string}}}}}}"
        )
        #expect(
            Self.diff(base, revision)
                == "revision.yaml:12:112: error[type-changed]: GET /pets: type of 'items[].id' in response 200 'application/json' changed from 'integer' to 'string'\n"
        )
    }

    @Test func aliasComponentsAreFollowed() {
        let components =
            "    Pet: {$ref: '#/components/schemas/Animal'}\n    Animal:\n      type: object\n      properties:\n        id: {type: %@}\n"
        let base = Self.document(
            response: "{$ref: '#/components/schemas/Pet'}",
            components: components.replacingOccurrences(of: "%@", with: "integer"))
        let revision = Self.document(
            response: "{$ref: '#/components/schemas/Animal'}",
            components: components.replacingOccurrences(of: "%@", with: "string"))
        #expect(
            Self.diff(base, revision)
                == "revision.yaml:19:14: error[type-changed]: GET /pets: type of 'id' in schema 'Animal' in responses changed from 'integer' to 'string'\n"
        )
    }

    @Test func nullInATypeListIsNullability() {
        let base = Self.document(response: "{type: object, properties: {note: {type: string}}}")
        let revision = Self.document(response: "{type: object, properties: {note: {type: [string, 'null']}}}")
        #expect(
            Self.diff(base, revision)
                == "revision.yaml:12:51: error[became-nullable]: GET /pets: 'note' in response 200 'application/json' may now be null\n"
        )
    }

    @Test func webhookDirectionsAreSwapped() {
        func webhook(_ enumValues: String) -> String {
            """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            webhooks:
              petAdopted:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, properties: {status: {type: string, enum: [\(enumValues)]}}}
                  responses:
                    '200': {description: ok}

            """
        }
        // The API sends the webhook's request: a new value is one receivers may not handle.
        #expect(
            Self.diff(webhook("adopted"), webhook("adopted, returned"))
                == "revision.yaml:9:72: warning[enum-value-added]: POST petAdopted: enum value 'returned' added to 'status' in request body 'application/json'\n"
        )
    }

    @Test func headerParameterNamesIgnoreCase() {
        func document(_ name: String) -> String {
            """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /pets:
                get:
                  parameters:
                    - {name: \(name), in: header, schema: {type: string}}
                  responses:
                    '200': {description: ok}

            """
        }
        #expect(Self.diff(document("X-Trace-Id"), document("x-trace-id")) == "")
    }

    @Test func sharedResponseComponentIsReportedOnce() {
        func document(_ type: String) -> String {
            """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '404': {$ref: '#/components/responses/NotFound'}
              /b:
                get:
                  responses:
                    '404': {$ref: '#/components/responses/NotFound'}
            components:
              responses:
                NotFound:
                  description: missing
                  content:
                    application/json:
                      schema: {type: object, properties: {code: {type: \(type)}}}

            """
        }
        #expect(
            Self.diff(document("integer"), document("string")) == """
                revision.yaml:18:54: error[type-changed]: type of 'code' in response 404 'application/json' changed from 'integer' to 'string'
                note: affects 2 operations: GET /a, GET /b

                """)
    }
}
