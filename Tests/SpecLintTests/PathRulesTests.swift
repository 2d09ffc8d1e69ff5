import Testing

/// Edge cases of the rules about path templates and parameter lists.
@Suite struct PathRulesTests {
    @Test func pathLevelReferencedParameterDeclaresTheTemplateForEveryOperation() {
        let yaml = """
            openapi: 3.1.0
            info:
              title: T
              version: '1'
            paths:
              /pets/{petId}:
                parameters:
                  - $ref: '#/components/parameters/PetID'
                get:
                  operationId: getPet
                  responses:
                    '200':
                      description: ok
                delete:
                  operationId: deletePet
                  parameters:
                    - name: petId
                      in: path
                      required: true
                      schema:
                        type: integer
                  responses:
                    '204':
                      description: ok
            webhooks:
              newPet:
                post:
                  operationId: newPet
                  parameters:
                    - name: petId
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    '200':
                      description: ok
            components:
              parameters:
                PetID:
                  name: petId
                  in: path
                  required: true
                  schema:
                    type: string
            """
        #expect(operationRuleFindings("path-parameter-not-declared", in: yaml) == "")
        // Webhook names are not path templates.
        #expect(operationRuleFindings("path-parameter-not-in-template", in: yaml) == "")
        #expect(operationRuleFindings("duplicate-parameter", in: yaml) == "")
    }

    @Test func templateNamesAreCaseSensitiveAndBrokenParameterListsAreSkipped() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            paths:
              /pets/{petId}:
                get:
                  operationId: getPet
                  parameters:
                    - name: petid
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    '200':
                      description: ok
                put:
                  operationId: putPet
                  parameters:
                    - $ref: '#/components/parameters/Missing'
                  responses:
                    '200':
                      description: ok
                patch:
                  operationId: patchPet
                  parameters:
                    - name: petId
                      in: body
                      schema:
                        type: string
                  responses:
                    '200':
                      description: ok
            """
        #expect(
            operationRuleFindings("path-parameter-not-declared", in: yaml) == """
                openapi.yaml:6:3: error[path-parameter-not-declared]: GET /pets/{petId} does not declare the path \
                parameter 'petId'; is 'petid' meant to be 'petId'?
                openapi.yaml:7:5: note: the GET operation is here
                """)
        #expect(
            operationRuleFindings("path-parameter-not-in-template", in: yaml) == """
                openapi.yaml:10:17: error[path-parameter-not-in-template]: path parameter 'petid' does not appear in \
                the template '/pets/{petId}'; did you mean 'petId'?
                """)
    }

    @Test func everyOperationMissingAParameterIsReportedAtThePathKey() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            paths:
              /a/{x}/b/{y}:
                get:
                  operationId: getB
                  responses:
                    '200':
                      description: ok
            """
        #expect(
            operationRuleFindings("path-parameter-not-declared", in: yaml) == """
                openapi.yaml:6:3: error[path-parameter-not-declared]: GET /a/{x}/b/{y} does not declare the path \
                parameter 'x': expected a parameter with 'name: x' and 'in: path'
                openapi.yaml:7:5: note: the GET operation is here
                openapi.yaml:6:3: error[path-parameter-not-declared]: GET /a/{x}/b/{y} does not declare the path \
                parameter 'y': expected a parameter with 'name: y' and 'in: path'
                openapi.yaml:7:5: note: the GET operation is here
                """)
    }

    @Test func referencedPathParameterOutsideTheTemplateIsReportedAtTheReference() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            paths:
              /pets:
                parameters:
                  - $ref: '#/components/parameters/PetID'
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: ok
            components:
              parameters:
                PetID:
                  name: petId
                  in: path
                  required: true
                  schema:
                    type: string
            """
        #expect(
            operationRuleFindings("path-parameter-not-in-template", in: yaml) == """
                openapi.yaml:8:15: error[path-parameter-not-in-template]: path parameter 'petId' does not appear in \
                the template '/pets', which has no template expressions
                openapi.yaml:17:13: note: 'petId' is defined here
                """)
    }

    @Test func equivalentPathsIgnoreNamesButNotLiteralText() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            paths:
              /a/{x}/b: {}
              /a/{x}.json: {}
              /a/{y}/b: {}
              /a/{z}: {}
              /a/b: {}
            """
        #expect(
            operationRuleFindings("equivalent-paths", in: yaml) == """
                openapi.yaml:8:3: error[equivalent-paths]: path '/a/{y}/b' is equivalent to '/a/{x}/b': they differ \
                only in parameter names
                openapi.yaml:6:3: note: '/a/{x}/b' is defined here
                """)
    }

    @Test func duplicateParametersCompareHeadersWithoutCaseAndAllowOverrides() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            paths:
              /pets:
                parameters:
                  - $ref: '#/components/parameters/Trace'
                  - name: limit
                    in: query
                    schema:
                      type: integer
                get:
                  operationId: listPets
                  parameters:
                    - name: limit
                      in: query
                      schema:
                        type: integer
                    - name: x-trace
                      in: header
                      schema:
                        type: string
                    - $ref: '#/components/parameters/Trace'
                    - name: X-Trace
                      in: query
                      schema:
                        type: string
                  responses:
                    '200':
                      description: ok
            components:
              parameters:
                Trace:
                  name: X-Trace
                  in: header
                  schema:
                    type: string
            """
        #expect(
            operationRuleFindings("duplicate-parameter", in: yaml) == """
                openapi.yaml:24:17: error[duplicate-parameter]: header parameter 'X-Trace' is listed twice (as \
                'x-trace' first; header names are case-insensitive)
                openapi.yaml:20:17: note: first listed here
                """)
    }
}
