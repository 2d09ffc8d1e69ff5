import Testing

/// Edge cases of the rules about security requirements.
@Suite struct SecurityRulesTests {
    @Test func schemeNamesAreCheckedAndScopesAreAllowedIn31() {
        let yaml = """
            openapi: 3.1.0
            info:
              title: T
              version: '1'
            security:
              - {}
              - apiKey: [admin]
              - api_key: [admin]
            paths:
              /pets:
                get:
                  operationId: listPets
                  security: []
                  responses:
                    '200':
                      description: ok
            components:
              securitySchemes:
                api_key:
                  type: apiKey
                  name: key
                  in: header
            """
        #expect(
            operationRuleFindings("undefined-security-scheme", in: yaml) == """
                openapi.yaml:7:5: error[undefined-security-scheme]: security scheme 'apiKey' is not defined in \
                'components.securitySchemes'; did you mean 'api_key'?
                """)
        #expect(operationRuleFindings("security-scopes-not-allowed", in: yaml) == "")
    }

    @Test func schemesAreUndefinedWhenThereAreNoComponents() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            paths:
              /pets:
                get:
                  operationId: listPets
                  security:
                    - bearer: []
                  responses:
                    '200':
                      description: ok
            """
        #expect(
            operationRuleFindings("undefined-security-scheme", in: yaml) == """
                openapi.yaml:10:11: error[undefined-security-scheme]: security scheme 'bearer' is not defined in \
                'components.securitySchemes', which defines no schemes
                """)
    }

    @Test func scopesOfReferencedOAuthSchemesAreLookedUpInEveryFlow() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            security:
              - oauth: [read, write, admin]
            paths: {}
            components:
              securitySchemes:
                oauth:
                  $ref: '#/components/securitySchemes/OAuth'
                OAuth:
                  type: oauth2
                  flows:
                    implicit:
                      authorizationUrl: https://example.com/authorize
                      scopes:
                        read: read
                    password:
                      tokenUrl: https://example.com/token
                      scopes:
                        write: write
            """
        #expect(
            operationRuleFindings("undefined-security-scope", in: yaml) == """
                openapi.yaml:6:26: warning[undefined-security-scope]: scope 'admin' is not defined by the flows of \
                'oauth'
                """)
        #expect(operationRuleFindings("security-scopes-not-allowed", in: yaml) == "")
    }

    @Test func scopesOnSchemesWithoutScopesAreReportedOncePerScheme() {
        let yaml = """
            openapi: 3.0.3
            info:
              title: T
              version: '1'
            paths:
              /pets:
                get:
                  operationId: listPets
                  security:
                    - bearer: [pets:read]
                  responses:
                    '200':
                      description: ok
                post:
                  operationId: createPet
                  security:
                    - bearer: [pets:write]
                  responses:
                    '200':
                      description: ok
            components:
              securitySchemes:
                bearer:
                  type: http
                  scheme: bearer
            """
        #expect(
            operationRuleFindings("security-scopes-not-allowed", in: yaml) == """
                openapi.yaml:10:19: warning[security-scopes-not-allowed]: 'bearer' is an 'http' security scheme: \
                OpenAPI 3.0 requires its scope lists to be empty (scopes belong to oauth2 and openIdConnect \
                schemes); 2 security requirements list scopes for it
                openapi.yaml:23:5: note: 'bearer' is defined here
                """)
    }
}
