import SpecDiagnostics
import SpecModel
import SpecNormalizer
import Testing

/// Operation order, webhooks, and schema names for colliding file-based schemas.
@Suite struct OrderingAndNamingTests {
    static func normalize(_ files: [String: String]) throws -> API {
        let document = try #require(TestDocuments.document(files))
        return Normalizer.normalize(document, into: DiagnosticCollector())
    }

    @Test func operationsSortByPathBytesThenMethodOrder() throws {
        let ok = "{responses: {'200': {description: ok}}}"
        let yaml = """
            openapi: 3.1.0
            info: {title: Order, version: '1'}
            paths:
              /b:
                trace: \(ok)
                patch: \(ok)
                head: \(ok)
                options: \(ok)
                delete: \(ok)
                post: \(ok)
                put: \(ok)
                get: \(ok)
              /a/b:
                get: \(ok)
              /B:
                get: \(ok)
              /a:
                post: \(ok)
                get: \(ok)
            webhooks:
              zebra:
                post: \(ok)
              alpha:
                put: \(ok)
                post: \(ok)
            """
        let api = try Self.normalize(["openapi.yaml": yaml])
        #expect(
            api.operations.map { "\($0.method.uppercased) \($0.path)" } == [
                "GET /B", "GET /a", "POST /a", "GET /a/b", "GET /b", "PUT /b", "POST /b", "DELETE /b", "OPTIONS /b",
                "HEAD /b", "PATCH /b", "TRACE /b",
            ])
        #expect(api.webhooks.map { "\($0.method.uppercased) \($0.path)" } == ["PUT alpha", "POST alpha", "POST zebra"])
    }

    @Test func fileSchemasWithTheSameNameGetSuffixesInLocationOrder() throws {
        let root = """
            openapi: 3.0.3
            info: {title: Names, version: '1'}
            paths:
              /x:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              d: {$ref: 'defs.yaml#/Pet'}
                              b: {$ref: 'b/Pet.yaml'}
                              a: {$ref: 'a/Pet.yaml'}
                              c: {$ref: 'c/Pet.json'}
                              e: {$ref: '#/components/schemas/Pet'}
                              f: {$ref: 'defs.yaml#/Pet_2'}
            components:
              schemas:
                Pet: {type: string}
            """
        let files = [
            "openapi.yaml": root, "a/Pet.yaml": "type: integer", "b/Pet.yaml": "type: boolean",
            "c/Pet.json": #"{"type": "number"}"#, "defs.yaml": "Pet: {type: array}\nPet_2: {type: object}\n",
        ]
        let api = try Self.normalize(files)
        let names = api.schemas.map { "\($0.name)=\($0.schema.types.joined())" }
        #expect(
            names == ["Pet=string", "Pet_2=object", "Pet_3=integer", "Pet_4=boolean", "Pet_5=number", "Pet_6=array"])
        let properties = api.operations.first?.responses.first?.content.first?.schema
        guard case .inline(let schema)? = properties else {
            Issue.record("expected an inline schema")
            return
        }
        #expect(
            schema.properties.map { "\($0.name)=\($0.schema.name?.rawValue ?? "-")" } == [
                "d=Pet_6", "b=Pet_4", "a=Pet_3", "c=Pet_5", "e=Pet", "f=Pet_2",
            ])
    }
}
