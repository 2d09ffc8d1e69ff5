import Testing

/// Edge cases of the rules about operations, responses, headers and tags.
@Suite struct OperationRulesTests {
    @Test func operationIDsAreUniqueAcrossWebhooksAndSharedCallbacksCountOnce() {
        let yaml = """
            openapi: 3.1.0
            info:
              title: T
              version: '1'
            paths:
              /pets:
                post:
                  operationId: createPet
                  callbacks:
                    onEvent:
                      $ref: '#/components/callbacks/PetEvent'
                  responses:
                    '201':
                      description: ok
                put:
                  operationId: updatePet
                  callbacks:
                    onEvent:
                      $ref: '#/components/callbacks/PetEvent'
                  responses:
                    '200':
                      description: ok
            webhooks:
              petAdopted:
                post:
                  operationId: createPet
                  responses:
                    '200':
                      description: ok
            components:
              callbacks:
                PetEvent:
                  '{$request.body#/callbackUrl}':
                    post:
                      operationId: petEvent
                      responses:
                        '200':
                          description: ok
            """
        #expect(
            operationRuleFindings("duplicate-operation-id", in: yaml) == """
                openapi.yaml:26:20: error[duplicate-operation-id]: operationId 'createPet' is already used by POST /pets
                openapi.yaml:8:20: note: first used by POST /pets here
                """)
    }

    @Test func onlyOperationsUnderPathsNeedAnOperationID() {
        let yaml = """
            openapi: 3.1.0
            info:
              title: T
              version: '1'
            paths:
              /pets:
                post:
                  callbacks:
                    onEvent:
                      '{$request.body#/url}':
                        post:
                          responses:
                            '200':
                              description: ok
                  responses:
                    '201':
                      description: ok
            webhooks:
              petAdopted:
                post:
                  responses:
                    '200':
                      description: ok
            """
        #expect(
            operationRuleFindings("missing-operation-id", in: yaml) == """
                openapi.yaml:7:5: warning[missing-operation-id]: POST /pets has no 'operationId'; generated code and \
                links need a stable name for it
                """)
    }

    @Test func responseKeysAreJudgedByTheirText() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    200:
                      description: ok
                    0x1F4:
                      description: hex
                    5xx:
                      description: errors
                    x-note: hello
            """
        #expect(
            operationRuleFindings("invalid-response-status", in: yaml) == """
                openapi.yaml:12:9: error[invalid-response-status]: '0x1F4' is not a response status: expected \
                'default', a status code from 100 to 599, or a range from '1XX' to '5XX'
                openapi.yaml:14:9: error[invalid-response-status]: response range '5xx' must be written with \
                upper-case X: '5XX'
                """)
        #expect(operationRuleFindings("missing-success-response", in: yaml) == "")
    }

    @Test func successResponsesAcceptRangesAndDefaultAloneDoesNotCount() {
        let yaml = """
            openapi: 3.1.0
            info:
              title: T
              version: '1'
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    2XX:
                      description: ok
                post:
                  operationId: createPet
                delete:
                  operationId: deletePets
                  responses:
                    default:
                      description: ok
                put:
                  operationId: putPets
                  deprecated: true
                  responses:
                    '410':
                      description: gone
            """
        #expect(
            operationRuleFindings("missing-success-response", in: yaml) == """
                openapi.yaml:16:7: warning[missing-success-response]: DELETE /pets has no success response: \
                expected a 2XX or 3XX status code or range ('default' does not say what success returns)
                """)
    }

    @Test func requestBodiesOnDeleteAndTraceAreReported() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            paths:
              /pets:
                delete:
                  operationId: deletePets
                  requestBody:
                    $ref: '#/components/requestBodies/Filter'
                  responses:
                    '204':
                      description: ok
                trace:
                  operationId: tracePets
                  requestBody:
                    $ref: '#/components/requestBodies/Filter'
                  responses:
                    '200':
                      description: ok
                patch:
                  operationId: patchPets
                  requestBody:
                    $ref: '#/components/requestBodies/Filter'
                  responses:
                    '200':
                      description: ok
            components:
              requestBodies:
                Filter:
                  content:
                    application/json:
                      schema:
                        type: object
            """
        #expect(
            operationRuleFindings("request-body-not-allowed", in: yaml) == """
                openapi.yaml:9:7: warning[request-body-not-allowed]: DELETE operation has a 'requestBody': HTTP \
                defines no meaning for a body on DELETE, and clients and proxies may drop it
                openapi.yaml:16:7: warning[request-body-not-allowed]: TRACE operation has a 'requestBody': HTTP \
                forbids a body on TRACE
                """)
    }

    @Test func optionalBodiesThatCanOnlyBeEmptyAreAllowed() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            paths:
              /pets:
                get:
                  operationId: listPets
                  requestBody:
                    $ref: '#/components/requestBodies/Nothing'
                  responses:
                    '200':
                      description: ok
                head:
                  operationId: headPets
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          properties: {}
                          additionalProperties: false
                  responses:
                    '200':
                      description: ok
            components:
              requestBodies:
                Nothing:
                  content:
                    application/x-www-form-urlencoded:
                      schema:
                        type: object
                        properties: {}
                        additionalProperties: false
            """
        #expect(
            operationRuleFindings("request-body-not-allowed", in: yaml) == """
                openapi.yaml:16:7: warning[request-body-not-allowed]: HEAD operation has a 'requestBody': HTTP \
                defines no meaning for a body on HEAD, and clients and proxies may drop it
                """)
    }

    @Test func reservedHeadersCompareWithoutCaseAndSharedParametersCountOnce() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters:
                    - $ref: '#/components/parameters/Auth'
                    - name: CONTENT-TYPE
                      in: header
                      schema:
                        type: string
                  responses:
                    '200':
                      description: ok
                post:
                  operationId: createPet
                  parameters:
                    - $ref: '#/components/parameters/Auth'
                  responses:
                    '200':
                      description: ok
            components:
              parameters:
                Auth:
                  name: authorization
                  in: header
                  schema:
                    type: string
            """
        #expect(
            operationRuleFindings("reserved-header-parameter", in: yaml) == """
                openapi.yaml:11:17: warning[reserved-header-parameter]: header parameter 'CONTENT-TYPE' is ignored \
                by OpenAPI tools: describe request media types under 'requestBody.content'
                openapi.yaml:28:13: warning[reserved-header-parameter]: header parameter 'authorization' is ignored \
                by OpenAPI tools: declare a security scheme in 'components.securitySchemes' and list it under \
                'security'
                """)
    }

    @Test func undeclaredTagsAreReportedOnlyWhenTheDocumentDeclaresTags() {
        let operations = """
            paths:
              /pets:
                get:
                  operationId: listPets
                  tags: [pets, pets]
                  responses:
                    '200':
                      description: ok
                post:
                  operationId: createPet
                  tags: [pets]
                  responses:
                    '200':
                      description: ok
            """
        let header = "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\n"
        #expect(operationRuleFindings("undefined-tag", in: header + operations) == "")
        #expect(
            operationRuleFindings("undefined-tag", in: header + "tags: []\n" + operations) == """
                openapi.yaml:10:14: warning[undefined-tag]: tag 'pets' is not declared in the top-level 'tags' \
                (used by 2 operations)
                """)
    }

    @Test func linksMayNameWebhookOperations() {
        let yaml = """
            openapi: 3.1.0
            info:
              title: T
              version: '1'
            paths:
              /pets:
                post:
                  operationId: createPet
                  responses:
                    '201':
                      description: ok
                      links:
                        Adopted:
                          operationId: petAdopted
                        Other:
                          operationId: nothingLikeIt
            webhooks:
              petAdopted:
                post:
                  operationId: petAdopted
                  responses:
                    '200':
                      description: ok
            """
        #expect(
            operationRuleFindings("undefined-link-operation", in: yaml) == """
                openapi.yaml:16:28: error[undefined-link-operation]: link operationId 'nothingLikeIt' names no \
                operation
                """)
    }
}
