import SpecDiagnostics
import SpecModel
import SpecParser
import Testing

/// `$ref`s: resolution, chains, cycles, files, and the store every target is built into.
@Suite struct ModelBuilderReferenceTests {
    /// A 3.0 document with one operation whose 200 response body is `schema`, and `components` below.
    func document(schema: String, components: String) -> String {
        """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /pets:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: \(schema)
        components:
        \(components)
        """
    }

    @Test func reportsMissingTargetWithSuggestion() {
        let outcome = BuildOutcome(
            document(schema: "{$ref: '#/components/schemas/Pett'}", components: "  schemas:\n    Pet: {type: object}"))
        #expect(
            outcome.lines == [
                "openapi.yaml:11:30: error[unresolved-ref]: '#/components/schemas/Pett' does not exist\n"
                    + "openapi.yaml:14:5: note: did you mean 'Pet'? it is defined here"
            ])
        let slot = outcome.document?.pathItems.first?.value.operations.first?.operation.responses?.entries.first?
            .value.value?.content.first?.value.schema
        #expect(slot?.reference?.text == "#/components/schemas/Pett")
        #expect(slot?.reference?.target == nil)
    }

    @Test func reportsMissingFileRemoteAndMalformedReferences() {
        let outcome = BuildOutcome(
            document(
                schema: "{$ref: '#/components/schemas/List'}",
                components: """
                      schemas:
                        List:
                          anyOf:
                            - $ref: './missing.yaml#/Pet'
                            - $ref: 'https://example.com/schemas/pet.yaml'
                            - $ref: '#Pet'
                    """))
        #expect(
            outcome.lines == [
                "openapi.yaml:16:17: error[unresolved-ref]: './missing.yaml' cannot be read: no such file",
                "openapi.yaml:17:17: error[remote-ref]: 'https://example.com/schemas/pet.yaml' is a remote reference; "
                    + "specc reads local files only (offline by design)",
                "openapi.yaml:18:17: error[unresolved-ref]: '#Pet' has a fragment that is not a JSON pointer "
                    + "(plain-name anchors are not supported)",
            ])
    }

    @Test func followsChainsToTheFinalObject() {
        let outcome = BuildOutcome(
            document(
                schema: "{$ref: '#/components/schemas/A'}",
                components: """
                      schemas:
                        A: {$ref: '#/components/schemas/B'}
                        B: {$ref: '#/components/schemas/C'}
                        C: {type: string}
                    """))
        #expect(outcome.lines == [])
        let reference = outcome.document?.pathItems.first?.value.operations.first?.operation.responses?.entries.first?
            .value.value?.content.first?.value.schema?.reference
        #expect(reference?.target == outcome.rootTarget("/components/schemas/C"))
        #expect(
            outcome.document?.store.schemas[outcome.rootTarget("/components/schemas/C")]?.types.first?.value == "string"
        )
        #expect(outcome.document?.store.schemas[outcome.rootTarget("/components/schemas/A")] == nil)
    }

    @Test func reportsABrokenHopOnceWhereItIsWritten() {
        let outcome = BuildOutcome(
            document(
                schema: "{$ref: '#/components/schemas/A'}",
                components: """
                      schemas:
                        A: {$ref: '#/components/schemas/B'}
                        B: {$ref: '#/components/schemas/Nope'}
                    """))
        #expect(
            outcome.lines == ["openapi.yaml:15:15: error[unresolved-ref]: '#/components/schemas/Nope' does not exist"])
    }

    @Test func reportsEachCycleOnce() {
        let outcome = BuildOutcome(
            document(
                schema: "{$ref: '#/components/schemas/B'}",
                components: """
                      schemas:
                        A: {$ref: '#/components/schemas/B'}
                        B: {$ref: '#/components/schemas/A'}
                        Self: {$ref: '#/components/schemas/Self'}
                    """))
        #expect(
            outcome.lines == [
                "openapi.yaml:14:15: error[ref-cycle]: reference cycle '#/components/schemas/A' → "
                    + "'#/components/schemas/B' → '#/components/schemas/A' has no object to stop at",
                "openapi.yaml:16:18: error[ref-cycle]: reference cycle '#/components/schemas/Self' → "
                    + "'#/components/schemas/Self' has no object to stop at",
            ])
    }

    @Test func buildsRecursiveSchemasOnce() {
        let outcome = BuildOutcome(
            document(
                schema: "{$ref: '#/components/schemas/Tree'}",
                components: """
                      schemas:
                        Tree:
                          type: object
                          properties:
                            children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
                            parent: {$ref: '#/components/schemas/Tree'}
                    """))
        #expect(outcome.lines == [])
        let tree = outcome.rootTarget("/components/schemas/Tree")
        let schema = outcome.document?.store.schemas[tree]
        #expect(schema?.property("parent")?.reference?.target == tree)
        #expect(schema?.property("children")?.value?.items?.reference?.target == tree)
        #expect(outcome.document?.store.schemas.count == 1)
    }

    @Test func filesRootComponentsAndReferencedObjectsByKind() {
        let outcome = BuildOutcome(
            minimalDocument(
                "3.0.3",
                """
                paths:
                  /pets/{id}:
                    parameters: [{$ref: '#/components/parameters/id', description: ignored in 3.0}]
                    get:
                      requestBody: {$ref: '#/components/requestBodies/Pet'}
                      responses:
                        default: {$ref: '#/components/responses/Error'}
                components:
                  parameters:
                    id: {name: id, in: path, required: true, schema: {type: string}}
                  requestBodies:
                    Pet: {content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                  responses:
                    Error:
                      description: error
                      headers: {Retry-After: {$ref: '#/components/headers/Retry'}}
                  headers:
                    Retry: {schema: {type: integer}}
                  schemas:
                    Pet: {type: object}
                """))
        #expect(outcome.lines == [])
        let store = outcome.document?.store
        #expect(store?.parameters[outcome.rootTarget("/components/parameters/id")]?.name?.value == "id")
        #expect(store?.requestBodies[outcome.rootTarget("/components/requestBodies/Pet")] != nil)
        #expect(store?.responses[outcome.rootTarget("/components/responses/Error")]?.description?.value == "error")
        #expect(store?.headers[outcome.rootTarget("/components/headers/Retry")] != nil)
        #expect(store?.schemas[outcome.rootTarget("/components/schemas/Pet")] != nil)
        #expect(outcome.document?.openAPI.components?.parameters.map(\.name) == ["id"])
        let item = outcome.document?.openAPI.paths?.first?.value
        #expect(item?.parameters.first?.reference?.target == outcome.rootTarget("/components/parameters/id"))
        #expect(outcome.document.map { $0.parameter(item!.parameters[0])?.location?.value } == .path)
    }

    @Test func resolvesReferencesAcrossFilesRelativeToEachFile() {
        let files = [
            "spec/openapi.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /pets:
                $ref: './paths/pets.yaml'
              /owners:
                get:
                  parameters: [{$ref: '../shared/parameters.yaml#/limit'}]
                  requestBody: {$ref: './bodies/new%20owner.yaml'}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: './schemas/odd.yaml#/components/schemas/a~1b'}
                        text/plain:
                          schema: {$ref: './schemas/odd.yaml#/components/schemas/c~0d'}
            """,
            "spec/paths/pets.yaml": """
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '../schemas/pet.yaml#/Pet'}
            """,
            "spec/schemas/pet.yaml": """
            Pet:
              type: object
              properties:
                owner: {$ref: '#/Owner'}
                tag: {$ref: '../../shared/tag.yaml'}
            Owner: {type: string}
            """,
            "shared/tag.yaml": "type: string\n",
            "shared/parameters.yaml": "limit: {name: limit, in: query, schema: {$ref: './tag.yaml'}}\n",
            "spec/bodies/new owner.yaml": "content: {application/json: {}}\n",
            "spec/schemas/odd.yaml": "components:\n  schemas:\n    a/b: {type: integer}\n    c~d: {type: boolean}\n",
        ]
        let outcome = BuildOutcome(files: files, root: "spec/openapi.yaml")
        #expect(outcome.lines == [])
        let store = outcome.document?.store
        let pathsFile = outcome.target("spec/paths/pets.yaml", "")!
        #expect(store?.pathItems[pathsFile]?.operations.map(\.method) == [.get])
        let pet = outcome.target("spec/schemas/pet.yaml", "/Pet")!
        #expect(
            store?.schemas[pet]?.property("owner")?.reference?.target
                == outcome.target("spec/schemas/pet.yaml", "/Owner"))
        let tag = outcome.target("shared/tag.yaml", "")!
        #expect(store?.schemas[pet]?.property("tag")?.reference?.target == tag)
        #expect(store?.schemas[tag]?.types.first?.value == "string")
        #expect(
            store?.parameters[outcome.target("shared/parameters.yaml", "/limit")!]?.schema?.reference?.target == tag)
        #expect(store?.requestBodies[outcome.target("spec/bodies/new owner.yaml", "")!] != nil)
        #expect(
            store?.schemas[outcome.target("spec/schemas/odd.yaml", "/components/schemas/a~1b")!]?.types.first?.value
                == "integer")
        #expect(
            store?.schemas[outcome.target("spec/schemas/odd.yaml", "/components/schemas/c~0d")!]?.types.first?.value
                == "boolean")
        // The path item that is only a `$ref` keeps it, and the document's lookup follows it.
        #expect(outcome.document?.openAPI.paths?.first?.value.reference?.target == pathsFile)
        #expect(outcome.document?.pathItems.first?.value.operations.count == 1)
    }

    @Test func locatesFindingsInTheFileThatHoldsThem() {
        let outcome = BuildOutcome(
            files: [
                "openapi.yaml": document(schema: "{$ref: 'schemas.yaml#/Pet'}", components: "  schemas: {}"),
                "schemas.yaml":
                    "Pet:\n  type: object\n  properties:\n    name: {type: strng}\n    id: {$ref: '#/Id'}\n",
            ])
        #expect(
            outcome.lines == [
                "schemas.yaml:4:18: error[invalid-value]: expected 'array', 'boolean', 'integer', 'number', 'object' "
                    + "or 'string' for 'type', found 'strng'; did you mean 'string'?",
                "schemas.yaml:5:16: error[unresolved-ref]: '#/Id' does not exist",
            ])
    }

    @Test func readsReferencesWrittenWhereNoneIsAllowed() {
        // DigitalOcean keeps each operation and some descriptions in files of their own.
        let outcome = BuildOutcome(
            files: [
                "openapi.yaml": """
                openapi: 3.0.3
                info: {title: T, version: '1', description: {$ref: 'docs.yaml#/intro'}}
                paths:
                  /pets:
                    get: {$ref: 'operations/list.yaml'}
                """,
                "docs.yaml": "intro: Welcome\n",
                "operations/list.yaml": "operationId: list\nresponses: {'200': {$ref: '../responses.yaml#/ok'}}\n",
                "responses.yaml": "ok: {description: ok}\n",
            ])
        #expect(outcome.lines == [])
        #expect(outcome.document?.openAPI.info?.description?.value == "Welcome")
        let operation = outcome.document?.openAPI.paths?.first?.value.operations.first?.operation
        #expect(operation?.operationId?.value == "list")
        #expect(operation?.responses?.entries.first?.value.reference?.target == outcome.target("responses.yaml", "/ok"))
    }

    @Test func reportsReferenceThatIsNotAString() {
        #expect(
            BuildOutcome(document(schema: "{$ref: 5}", components: "  schemas: {}")).lines == [
                "openapi.yaml:11:30: error[invalid-type]: expected string for '$ref', found integer"
            ])
    }
}
