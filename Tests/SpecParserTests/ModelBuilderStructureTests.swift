import SpecDiagnostics
import SpecModel
import SpecParser
import Testing

/// Structural findings outside schemas: each id with its exact line.
@Suite struct ModelBuilderStructureTests {
    @Test func reportsMissingFieldAtObjectStart() {
        let outcome = BuildOutcome(
            """
            openapi: 3.0.3
            info:
              version: '1'
              license: {url: 'https://x'}
            paths: {}
            """)
        #expect(
            outcome.lines == [
                "openapi.yaml:3:3: error[missing-field]: missing required field 'title' in info object",
                "openapi.yaml:4:12: error[missing-field]: missing required field 'name' in license object",
            ])
        #expect(outcome.document?.openAPI.info?.version?.value == "1")
    }

    @Test func reportsMissingInfoAndPathsIn3_0() {
        #expect(
            BuildOutcome("openapi: \"3.0.0\"").lines == [
                "openapi.yaml:1:1: error[missing-field]: missing required field 'info' in openapi object",
                "openapi.yaml:1:1: error[missing-field]: missing required field 'paths' in openapi object",
            ])
    }

    @Test func requiresPathsComponentsOrWebhooksIn3_1() {
        #expect(
            BuildOutcome(minimalDocument("3.1.0", "servers: []")).lines == [
                "openapi.yaml:1:1: error[missing-field]: missing required field 'paths', 'components' or 'webhooks' "
                    + "in openapi object; openapi 3.1 needs at least one"
            ])
        #expect(BuildOutcome(minimalDocument("3.1.0", "components: {}")).lines == [])
        #expect(BuildOutcome(minimalDocument("3.1.0", "webhooks: {}")).lines == [])
    }

    @Test func reportsWrongTypeAtTheValue() {
        let outcome = BuildOutcome(
            minimalDocument(
                "3.0.3",
                """
                paths:
                  /pets:
                    get:
                      summary: 12
                      deprecated: 'yes'
                      tags: pets
                      responses: {'200': {description: ok}}
                """))
        #expect(
            outcome.lines == [
                "openapi.yaml:8:16: error[invalid-type]: expected string for 'summary', found integer",
                "openapi.yaml:9:19: error[invalid-type]: expected boolean for 'deprecated', found string",
                "openapi.yaml:10:13: error[invalid-type]: expected array for 'tags', found string",
            ])
        // A scalar of the wrong type is kept as written, so later stages still see it.
        let operation = outcome.document?.openAPI.paths?.first?.value.operations.first?.operation
        #expect(operation?.summary?.value == "12")
        #expect(operation?.deprecated == nil)
    }

    @Test func reportsUnknownFieldsWithSuggestions() {
        let outcome = BuildOutcome(
            minimalDocument(
                "3.1.0",
                """
                paths:
                  /pets:
                    GET: {}
                    get:
                      summmary: List
                      x-internal: true
                      responses: {'200': {description: ok}}
                tags:
                  - name: pets
                    summary: Pets
                """))
        #expect(
            outcome.lines == [
                "openapi.yaml:7:5: error[unknown-field]: unknown field 'GET' in path item object; did you mean 'get'?",
                "openapi.yaml:9:7: error[unknown-field]: unknown field 'summmary' in operation object; did you mean "
                    + "'summary'?",
                "openapi.yaml:14:5: error[unknown-field]: unknown field 'summary' in tag object; 'summary' is new in "
                    + "openapi 3.2",
            ])
        let operation = outcome.document?.openAPI.paths?.first?.value.operations.first?.operation
        #expect(operation?.extensions.map(\.name) == ["x-internal"])
    }

    @Test func accepts3_2FieldsIn3_2() {
        let outcome = BuildOutcome(
            minimalDocument(
                "3.2.0",
                """
                $self: 'https://example.com/openapi.yaml'
                paths:
                  /pets:
                    query:
                      parameters: [{name: q, in: querystring, content: {application/json: {}}}]
                      responses: {'200': {summary: ok}}
                tags:
                  - {name: pets, summary: Pets, kind: nav}
                """))
        #expect(outcome.lines.count == 1)
        #expect(outcome.lines.first?.contains("newer-openapi-version") == true)
        #expect(outcome.document?.openAPI.paths?.first?.value.operations.map(\.method) == [.query])
    }

    @Test func reportsValuesOutsideTheAllowedSet() {
        let outcome = BuildOutcome(
            minimalDocument(
                "3.0.3",
                """
                paths:
                  pets:
                    get:
                      parameters:
                        - {name: id, in: path, schema: {type: string}}
                        - {name: body, in: body, schema: {type: string}}
                        - {name: q, in: query, style: simpel, schema: {type: string}}
                        - {name: h, in: header, style: form, schema: {type: string}}
                        - {name: c, in: cookie}
                        - {name: d, in: query, schema: {type: string}, content: {a/b: {}}}
                      responses: {'200': {description: ok}}
                components:
                  securitySchemes:
                    key: {type: apikey}
                    key2: {type: apiKey, name: k, in: body}
                """))
        #expect(
            outcome.lines == [
                "openapi.yaml:6:3: error[invalid-value]: path 'pets' must start with '/'",
                "openapi.yaml:9:26: error[invalid-value]: path parameter 'id' must have 'required: true'",
                "openapi.yaml:10:28: error[invalid-value]: expected 'query', 'header', 'path' or 'cookie' for 'in', "
                    + "found 'body'; 'body' parameters are swagger 2.0; openapi 3 uses 'requestBody'",
                "openapi.yaml:11:39: error[invalid-value]: expected 'matrix', 'label', 'simple', 'form', "
                    + "'spaceDelimited', 'pipeDelimited' or 'deepObject' for 'style', found 'simpel'; did you mean "
                    + "'simple'?",
                "openapi.yaml:12:40: error[invalid-value]: style 'form' is not allowed in header; expected 'simple'",
                "openapi.yaml:13:11: error[invalid-value]: a parameter needs 'schema' or 'content'",
                "openapi.yaml:14:56: error[invalid-value]: a parameter takes 'schema' or 'content', not both",
                "openapi.yaml:18:17: error[invalid-value]: expected 'apiKey', 'http', 'oauth2' or 'openIdConnect' for "
                    + "'type', found 'apikey'; did you mean 'apiKey'?",
                "openapi.yaml:19:39: error[invalid-value]: expected 'query', 'header' or 'cookie' for 'in', found "
                    + "'body'",
            ])
    }

    @Test func checksServerVariables() {
        let servers = """
            servers:
              - url: 'https://{host}:{port}'
                variables:
                  host: {enum: [], default: a}
                  port:
                    enum: ['443', 8443]
                    default: 443
            """
        #expect(
            BuildOutcome(minimalDocument("3.1.0", "paths: {}\n" + servers)).lines == [
                "openapi.yaml:9:20: error[invalid-value]: expected at least one value for 'enum'; openapi 3.1 does "
                    + "not allow an empty list",
                "openapi.yaml:11:23: error[invalid-type]: expected string for an item of 'enum', found integer",
                "openapi.yaml:12:18: error[invalid-type]: expected string for 'default', found integer",
            ])
        // 3.0 only says an empty list should not be used.
        #expect(BuildOutcome(minimalDocument("3.0.3", "paths: {}\n" + servers)).lines.count == 2)
    }

    @Test func checksOperationsAndResponses() {
        let outcome = BuildOutcome(
            minimalDocument(
                "3.0.3",
                """
                paths:
                  /a:
                    get: {operationId: a}
                    put: {responses: {}}
                    post: {responses: {'200': {}, '2xx': {description: ok}}}
                    delete:
                      requestBody: {description: d}
                      responses: {default: {description: ok}}
                """))
        #expect(
            outcome.lines == [
                "openapi.yaml:7:10: error[missing-field]: missing required field 'responses' in operation object",
                "openapi.yaml:8:22: error[invalid-value]: expected at least one response in 'responses'",
                "openapi.yaml:9:31: error[missing-field]: missing required field 'description' in response object",
                "openapi.yaml:11:20: error[missing-field]: missing required field 'content' in request body object",
            ])
        // 3.1 operations may leave responses out.
        #expect(
            BuildOutcome(minimalDocument("3.1.0", "paths:\n  /a:\n    get: {operationId: a}")).lines == [])
    }

    @Test func checksSecuritySchemesByType() {
        let outcome = BuildOutcome(
            minimalDocument(
                "3.0.3",
                """
                paths: {}
                components:
                  securitySchemes:
                    a: {type: apiKey}
                    b: {type: http}
                    c: {type: oauth2}
                    d: {type: openIdConnect}
                    e: {type: mutualTLS}
                    f: {type: oauth2, flows: {implicit: {authorizationUrl: 'https://x'}}}
                    g: {description: no type}
                """))
        #expect(
            outcome.lines == [
                "openapi.yaml:8:8: error[missing-field]: missing required field 'in' in security scheme object of "
                    + "type 'apiKey'",
                "openapi.yaml:8:8: error[missing-field]: missing required field 'name' in security scheme object of "
                    + "type 'apiKey'",
                "openapi.yaml:9:8: error[missing-field]: missing required field 'scheme' in security scheme object of "
                    + "type 'http'",
                "openapi.yaml:10:8: error[missing-field]: missing required field 'flows' in security scheme object of "
                    + "type 'oauth2'",
                "openapi.yaml:11:8: error[missing-field]: missing required field 'openIdConnectUrl' in security "
                    + "scheme object of type 'openIdConnect'",
                "openapi.yaml:12:15: error[invalid-value]: expected 'apiKey', 'http', 'oauth2' or 'openIdConnect' for "
                    + "'type', found 'mutualTLS'; 'mutualTLS' is new in openapi 3.1",
                "openapi.yaml:13:41: error[missing-field]: missing required field 'scopes' in oauth flow object",
                "openapi.yaml:14:8: error[missing-field]: missing required field 'type' in security scheme object",
            ])
        #expect(outcome.document?.store.securitySchemes.count == 7)
    }

    @Test func checksTagsAndExternalDocs() {
        #expect(
            BuildOutcome(
                minimalDocument(
                    "3.0.3",
                    """
                    paths: {}
                    tags:
                      - description: nameless
                        externalDocs: {description: no url}
                    externalDocs: {url: 'https://x'}
                    """)
            ).lines == [
                "openapi.yaml:7:5: error[missing-field]: missing required field 'name' in tag object",
                "openapi.yaml:8:19: error[missing-field]: missing required field 'url' in external documentation "
                    + "object",
            ])
    }
}
