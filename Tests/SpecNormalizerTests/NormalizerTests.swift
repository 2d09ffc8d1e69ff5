import Foundation
import SpecDiagnostics
import SpecModel
import SpecNormalizer
import Testing

/// Normalization of a small document split over several files.
@Suite struct NormalizerTests {
    static let files = [
        "openapi.yaml": """
        openapi: 3.0.3
        info:
          title: Zoo
          version: 2.1.0
        security:
          - apiKey: []
        paths:
          /pets/{id}:
            parameters:
              - $ref: '#/components/parameters/Id'
              - {name: verbose, in: query, schema: {type: boolean}}
              - {name: trace, in: header, schema: {type: string}}
            patch:
              operationId: updatePet
              parameters:
                - {name: extra, in: query, schema: {type: integer}}
                - {name: verbose, in: query, required: true, description: overridden, schema: {type: boolean}}
                - {name: verbose, in: header, schema: {type: boolean}}
              requestBody:
                $ref: 'bodies.yaml#/PetBody'
              responses:
                default: {description: error}
                '200':
                  description: updated
                  content:
                    application/json:
                      schema: {$ref: 'schemas/pet.yaml'}
            get:
              operationId: getPet
              tags: [pets]
              summary: Get a pet
              security: []
              responses:
                '200':
                  $ref: '#/components/responses/PetResponse'
          /pets:
            get:
              operationId: listPets
              deprecated: true
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: array
                        items: {$ref: '#/components/schemas/Pet'}
        components:
          securitySchemes:
            apiKey: {type: apiKey, name: X-Key, in: header}
          parameters:
            Id: {name: id, in: path, required: true, schema: {type: string}}
          responses:
            PetResponse:
              description: a pet
              headers:
                X-Rate: {schema: {type: integer}}
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Pet'}
          schemas:
            Pet: {$ref: 'schemas/pet.yaml'}
            Error: {type: object, properties: {code: {type: integer}}}
            Animal: {$ref: '#/components/schemas/Error'}
        """,
        "schemas/pet.yaml": """
        type: object
        required: [name]
        properties:
          name: {type: string, maxLength: 20}
          owner: {$ref: '../common/owner.yaml#/Owner'}
          error: {$ref: '../common/Error.yaml'}
          code: {$ref: '../openapi.yaml#/components/schemas/Error'}
        """,
        "common/owner.yaml": "Owner: {type: object, properties: {name: {type: string}}}\n",
        "common/Error.yaml": "type: string\nminimum: 1\nexclusiveMinimum: true\n",
        "bodies.yaml": """
        PetBody:
          required: true
          content:
            application/json:
              schema: {$ref: 'schemas/pet.yaml'}
            text/plain: {}
        """,
    ]

    static func normalized() throws -> API {
        let document = try #require(TestDocuments.document(files))
        return Normalizer.normalize(document, into: DiagnosticCollector())
    }

    @Test func summary() throws {
        let api = try Self.normalized()
        #expect(api.title == "Zoo")
        #expect(api.version == "2.1.0")
        #expect(api.openapiVersion == "3.0.3")
        #expect(api.webhooks == [])
        #expect(
            api.securitySchemes == [
                NormalizedSecurityScheme(name: "apiKey", type: "apiKey", parameterName: "X-Key", location: "header")
            ])
    }

    @Test func operationsAreSortedByPathThenMethod() throws {
        let api = try Self.normalized()
        #expect(
            api.operations.map { "\($0.method.uppercased) \($0.path) \($0.operationId ?? "-")" } == [
                "GET /pets listPets", "GET /pets/{id} getPet", "PATCH /pets/{id} updatePet",
            ])
        #expect(api.operations[0].deprecated)
        #expect(api.operations[1].tags == ["pets"])
        #expect(api.operations[1].summary == "Get a pet")
    }

    @Test func pathParametersMergeWithTheOperations() throws {
        let patch = try #require(try Self.normalized().operations.last)
        #expect(
            patch.parameters == [
                NormalizedParameter(name: "id", location: "path", required: true, schema: .inline(Self.type("string"))),
                NormalizedParameter(
                    name: "verbose", location: "query", required: true, description: "overridden",
                    schema: .inline(Self.type("boolean"))),
                NormalizedParameter(name: "trace", location: "header", schema: .inline(Self.type("string"))),
                NormalizedParameter(name: "extra", location: "query", schema: .inline(Self.type("integer"))),
                NormalizedParameter(name: "verbose", location: "header", schema: .inline(Self.type("boolean"))),
            ])
        let get = try #require(try Self.normalized().operations.dropLast().last)
        #expect(get.parameters.map(\.name) == ["id", "verbose", "trace"])
    }

    @Test func bodiesResponsesAndSecurity() throws {
        let api = try Self.normalized()
        let (list, get, patch) = (api.operations[0], api.operations[1], api.operations[2])
        #expect(
            patch.requestBody
                == NormalizedRequestBody(
                    required: true,
                    content: [
                        NormalizedMediaType(mediaType: "application/json", schema: .named("Pet")),
                        NormalizedMediaType(mediaType: "text/plain"),
                    ]))
        #expect(
            patch.responses == [
                NormalizedResponse(
                    status: "200", description: "updated",
                    content: [
                        NormalizedMediaType(mediaType: "application/json", schema: .named("Pet"))
                    ]),
                NormalizedResponse(status: "default", description: "error"),
            ])
        #expect(
            get.responses == [
                NormalizedResponse(
                    status: "200", description: "a pet",
                    headers: [NormalizedHeader(name: "X-Rate", schema: .inline(Self.type("integer")))],
                    content: [NormalizedMediaType(mediaType: "application/json", schema: .named("Pet"))])
            ])
        var array = Self.type("array")
        array.items = .named("Pet")
        #expect(list.responses.first?.content.first?.schema == .inline(array))
        let apiKey = NormalizedSecurityRequirement(schemes: [SchemeScopes(name: "apiKey")])
        #expect(list.security == [apiKey])
        #expect(patch.security == [apiKey])
        #expect(get.security == [])
    }

    @Test func schemasAreNamedAndReferencedByName() throws {
        let api = try Self.normalized()
        #expect(api.schemas.map(\.name) == ["Animal", "Error", "Error_2", "Owner", "Pet"])
        var pet = Self.type("object")
        var name = Self.type("string")
        name.maxLength = 20
        pet.required = ["name"]
        pet.properties = [
            SchemaProperty(name: "name", schema: .inline(name), isRequired: true),
            SchemaProperty(name: "owner", schema: .named("Owner")),
            SchemaProperty(name: "error", schema: .named("Error_2")),
            SchemaProperty(name: "code", schema: .named("Error")),
        ]
        #expect(api.schema(named: "Pet") == pet)
        var error = Self.type("string")
        error.exclusiveMinimum = 1
        #expect(api.schema(named: "Error_2") == error)
        var animal = NormalizedSchema()
        animal.reference = "Error"
        #expect(api.schema(named: "Animal") == animal)
    }

    @Test func apiRoundTripsThroughJSON() throws {
        let api = try Self.normalized()
        let data = try JSONEncoder().encode(api)
        #expect(try JSONDecoder().decode(API.self, from: data) == api)
    }

    @Test func valuesKeepTheirTypesAndRoundTrip() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: Values, version: '1'}
            components:
              schemas:
                Mixed:
                  enum: [1.0, 2.5, '3', null, true, {k: [1e300]}]
                  default: 0x10
                  examples: [-0.5]
                  exclusiveMinimum: 0
            """
        let document = try #require(TestDocuments.document(["openapi.yaml": yaml]))
        let api = Normalizer.normalize(document, into: DiagnosticCollector())
        let mixed = try #require(api.schema(named: "Mixed"))
        #expect(
            mixed.enumValues == [
                .int(1), .double(2.5), .string("3"), .null, .bool(true), .object(["k": .array([.double(1e300)])]),
            ])
        #expect(mixed.defaultValue == .int(16))
        #expect(mixed.examples == [.double(-0.5)])
        #expect(mixed.exclusiveMinimum == 0)
        #expect(mixed.minimum == nil)
        let data = try JSONEncoder().encode(api)
        #expect(try JSONDecoder().decode(API.self, from: data) == api)
    }

    static func type(_ name: String) -> NormalizedSchema {
        var schema = NormalizedSchema()
        schema.types = [name]
        return schema
    }
}

/// Top-level servers: URL, description and the URL template's variables as the document writes them.
@Suite struct ServerNormalizationTests {
    @Test func variablesKeepDocumentOrderAndTheirValuesAsWritten() throws {
        let yaml = """
            openapi: 3.0.3
            info: {title: Servers, version: '1'}
            servers:
              - url: https://api.example.com
              - url: '{scheme}://{host}:{port}/{scheme}'
                description: Self-hosted.
                variables:
                  scheme: {default: https, enum: [https, http]}
                  host: {default: localhost, description: The host name.}
                  port: {default: 8443}
            paths: {}
            """
        let document = try #require(TestDocuments.document(["openapi.yaml": yaml]))
        let api = Normalizer.normalize(document, into: DiagnosticCollector())
        #expect(api.servers.count == 2)
        #expect(api.servers[0] == NormalizedServer(url: "https://api.example.com"))
        #expect(api.servers[0].variables == nil)
        #expect(api.servers[0].placeholders == [])
        let server = api.servers[1]
        #expect(server.description == "Self-hosted.")
        #expect(
            server.variables == [
                NormalizedServerVariable(name: "scheme", defaultValue: "https", enumValues: ["https", "http"]),
                NormalizedServerVariable(name: "host", defaultValue: "localhost", description: "The host name."),
                NormalizedServerVariable(name: "port", defaultValue: "8443"),
            ])
        #expect(server.placeholders == ["scheme", "host", "port"], "each placeholder once, in order of appearance")
        let json = String(decoding: try JSONEncoder().encode(api.servers[0]), as: UTF8.self)
        #expect(!json.contains("variables"), "a server without variables has no variables member: \(json)")
        let data = try JSONEncoder().encode(api)
        #expect(try JSONDecoder().decode(API.self, from: data) == api)
    }

    @Test func theDefaultsFillInTheTemplate() {
        let server = NormalizedServer(
            url: "{scheme}://{host}/{scheme}/{undeclared}",
            variables: [
                NormalizedServerVariable(name: "scheme", defaultValue: "https"),
                NormalizedServerVariable(name: "host", defaultValue: "{scheme}.example.com"),
            ])
        // One pass: a default that looks like a placeholder is not expanded again.
        #expect(server.urlWithDefaults == "https://{scheme}.example.com/https/{undeclared}")
        #expect(NormalizedServer(url: "/api").urlWithDefaults == "/api")
    }

    @Test func anUnclosedBraceEndsThePlaceholders() {
        #expect(NormalizedServer(url: "https://{a}.example.com/{b").placeholders == ["a"])
        #expect(NormalizedServer(url: "https://{}.example.com").placeholders == [""])
    }
}
