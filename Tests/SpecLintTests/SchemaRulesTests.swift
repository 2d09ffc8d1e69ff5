import TestSupport
import Testing

/// Edge cases of the schema, value, component and server rules, on small documents held in memory.
@Suite struct SchemaRulesTests {
    /// The lines `validate` prints for `yaml` that carry rule `id` (notes follow their finding).
    static func findings(_ id: String, _ yaml: String) -> [String] {
        var lines: [String] = []
        var keepNotes = false
        for line in FixtureValidation.text(yaml: yaml).split(separator: "\n").map(String.init) {
            if line.contains(": note: ") {
                if keepNotes { lines.append(line) }
                continue
            }
            keepNotes = line.contains("[\(id)]")
            if keepNotes { lines.append(line) }
        }
        return lines
    }

    /// A document with one `GET /things` operation answering `schema`, and `components` (both indented YAML
    /// fragments; `schema` at 16 spaces, `components` at 2).
    static func document(version: String = "3.0.3", schema: String, components: String = "") -> String {
        """
        openapi: \(version)
        info:
          title: T
          version: '1'
        paths:
          /things:
            get:
              operationId: listThings
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
        \(schema)
        \(components.isEmpty ? "" : "components:\n" + components)
        """
    }

    // MARK: values

    @Test func nullDefaultsFollowTheVersion() {
        let old = Self.document(
            schema: """
                                type: object
                                properties:
                                  a: {type: string, nullable: true, default: null}
                                  b: {type: string, default: null}
                """)
        #expect(
            Self.findings("invalid-default", old) == [
                "openapi.yaml:18:46: warning[invalid-default]: default does not match its schema: "
                    + "expected string, found null"
            ])
        let new = Self.document(
            version: "3.1.0",
            schema: """
                                type: object
                                properties:
                                  a: {type: [string, 'null'], default: null}
                                  b: {anyOf: [{type: object, default: null}, {type: 'null'}]}
                                  c: {type: object, nullable: true, default: null}
                """)
        #expect(Self.findings("invalid-default", new) == [])
    }

    @Test func examplesOfRecursiveSchemasAreCheckedAsDeepAsTheValue() {
        let yaml = Self.document(
            schema: """
                                $ref: '#/components/schemas/Tree'
                """,
            components: """
                  schemas:
                    Tree:
                      type: object
                      properties:
                        name: {type: string}
                        children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
                      example:
                        name: root
                        children:
                          - name: leaf
                            children: [{name: 7}]
                """)
        #expect(
            Self.findings("invalid-example", yaml) == [
                "openapi.yaml:27:31: warning[invalid-example]: example does not match its schema: "
                    + "at '/children/0/children/0/name': expected string, found integer"
            ])
    }

    @Test func enumEntriesAreCheckedAgainstTheRestOfTheirSchemaThroughAllOf() {
        let yaml = Self.document(
            schema: """
                                $ref: '#/components/schemas/Code'
                """,
            components: """
                  schemas:
                    Short:
                      maxLength: 2
                    Code:
                      type: string
                      allOf: [{$ref: '#/components/schemas/Short'}]
                      enum: [ab, abc]
                """)
        #expect(
            Self.findings("invalid-enum-value", yaml) == [
                "openapi.yaml:23:18: error[invalid-enum-value]: enum value does not match its schema: "
                    + "expected at most 2 characters, found 3 in 'abc'"
            ])
    }

    @Test func stringExamplesOfNonJSONMediaTypesAreNotValues() {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    '200':
                      description: ok
                      content:
                        text/csv:
                          schema: {type: array, items: {type: string}}
                          example: "a,b"
                        application/json:
                          schema: {type: array, items: {type: string}}
                          example: "a,b"
            """
        #expect(
            Self.findings("invalid-example", yaml) == [
                "openapi.yaml:16:24: warning[invalid-example]: example does not match its schema: "
                    + "expected array, found string"
            ])
    }

    // MARK: required

    @Test func requiredNamesMayComeFromAllOfMembersParentsAndBaseSchemas() {
        let yaml = Self.document(
            schema: """
                                oneOf:
                                  - $ref: '#/components/schemas/Cat'
                                  - $ref: '#/components/schemas/Either'
                                  - $ref: '#/components/schemas/NotBoth'
                """,
            components: """
                  schemas:
                    Base:
                      type: object
                      required: [id, meows]
                      properties:
                        id: {type: integer}
                    Cat:
                      allOf:
                        - $ref: '#/components/schemas/Base'
                        - properties:
                            meows: {type: boolean}
                    Either:
                      type: object
                      properties:
                        a: {type: string}
                        b: {type: string}
                      oneOf:
                        - required: [a]
                        - required: [b]
                        - required: [c]
                    NotBoth:
                      type: object
                      properties:
                        a: {type: string}
                      not: {required: [z]}
                """)
        #expect(
            Self.findings("required-property-undefined", yaml) == [
                "openapi.yaml:39:22: warning[required-property-undefined]: "
                    + "required property 'c' is not defined in 'properties'"
            ])
    }

    @Test func aSiblingVariantDoesNotDefineARequiredName() {
        let yaml = Self.document(
            schema: """
                                oneOf:
                                  - {type: object, properties: {a: {type: string}}}
                                  - {type: object, properties: {b: {type: string}}, required: [a]}
                """)
        #expect(
            Self.findings("required-property-undefined", yaml) == [
                "openapi.yaml:17:80: warning[required-property-undefined]: "
                    + "required property 'a' is not defined in 'properties'"
            ])
    }

    @Test func siblingRefIn31DefinesProperties() {
        let yaml = Self.document(
            version: "3.1.0",
            schema: """
                                $ref: '#/components/schemas/Named'
                                required: [name]
                                properties:
                                  extra: {type: string}
                """,
            components: """
                  schemas:
                    Named:
                      type: object
                      properties:
                        name: {type: string}
                """)
        #expect(Self.findings("required-property-undefined", yaml) == [])
    }

    // MARK: discriminators

    @Test func discriminatorPropertyMayBeRequiredThroughAllOf() {
        let yaml = Self.document(
            schema: """
                                $ref: '#/components/schemas/Pet'
                """,
            components: """
                  schemas:
                    Pet:
                      oneOf:
                        - $ref: '#/components/schemas/Cat'
                      discriminator:
                        propertyName: kind
                        mapping:
                          cat: '#/components/schemas/Cat'
                    Kinded:
                      type: object
                      required: [kind]
                      properties:
                        kind: {type: string}
                    Cat:
                      allOf:
                        - $ref: '#/components/schemas/Kinded'
                """)
        #expect(Self.findings("discriminator-property-not-required", yaml) == [])
        #expect(Self.findings("discriminator-mapping-target-missing", yaml) == [])
        #expect(Self.findings("unused-component", yaml) == [])
    }

    // MARK: components

    @Test func schemasExtendingADiscriminatedSchemaAreUsed() {
        let yaml = Self.document(
            schema: """
                                $ref: '#/components/schemas/Pet'
                """,
            components: """
                  schemas:
                    Pet:
                      type: object
                      required: [kind]
                      properties:
                        kind: {type: string}
                      discriminator:
                        propertyName: kind
                    Dog:
                      allOf:
                        - $ref: '#/components/schemas/Pet'
                    Lonely:
                      allOf:
                        - $ref: '#/components/schemas/Dog'
                """)
        #expect(
            Self.findings("unused-component", yaml) == [
                "openapi.yaml:28:5: warning[unused-component]: schema 'Lonely' is never used: no '$ref' reaches it "
                    + "from paths, webhooks or security requirements"
            ])
    }

    @Test func securitySchemesAreUsedByNameFromOperationsAndChainsOfRefsCount() {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /things:
                get:
                  operationId: listThings
                  security: [{key: []}]
                  responses:
                    '200':
                      $ref: '#/components/responses/Alias'
            components:
              responses:
                Alias:
                  $ref: '#/components/responses/Ok'
                Ok:
                  description: ok
              securitySchemes:
                key: {type: apiKey, name: k, in: header}
                other: {type: http, scheme: basic}
            """
        #expect(
            Self.findings("unused-component", yaml) == [
                "openapi.yaml:19:5: warning[unused-component]: security scheme 'other' is never used: no security "
                    + "requirement names it"
            ])
    }

    // MARK: servers

    @Test func serverURLsOfPathsAndOperationsAreChecked() {
        let yaml = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            servers:
              - url: '{scheme}://api.example.com'
                variables:
                  scheme: {default: https, enum: [https, http]}
              - url: //cdn.example.com/v1
            paths:
              /things:
                servers:
                  - url: 'http://[::1:8080/'
                get:
                  operationId: listThings
                  servers:
                    - url: 'https://example.com/a|b'
                  responses:
                    '200': {description: ok}
            """
        #expect(
            Self.findings("invalid-server-url", yaml) == [
                "openapi.yaml:11:14: error[invalid-server-url]: server url 'http://[::1:8080/' is not a valid URL: "
                    + "'[' in the host is not closed",
                "openapi.yaml:15:16: error[invalid-server-url]: "
                    + "server url 'https://example.com/a|b' is not a valid URL: "
                    + "it contains '|'",
            ])
        #expect(Self.findings("server-variable-default-not-in-enum", yaml) == [])
        #expect(Self.findings("undefined-server-variable", yaml) == [])
    }

    @Test func boundsIn31UseNumericExclusiveKeywords() {
        let yaml = Self.document(
            version: "3.1.0",
            schema: """
                                type: object
                                properties:
                                  a: {type: number, exclusiveMinimum: 3, maximum: 3}
                                  b: {type: number, exclusiveMinimum: 2, maximum: 3}
                """)
        #expect(
            Self.findings("min-greater-than-max", yaml) == [
                "openapi.yaml:17:55: error[min-greater-than-max]: "
                    + "'exclusiveMinimum' 3 equals 'maximum' 3: no value can match",
                "openapi.yaml:17:67: note: 'maximum' is set here",
            ])
    }
}
