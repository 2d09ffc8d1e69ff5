import Pipeline
import SiteGen
import Testing

/// The Swift code sample calls the client `specc generate` makes, with its names (`StubNaming`). These samples
/// were compiled against the generated stubs when written.
@Suite struct SiteSwiftSampleTests {
    static let yaml = """
        openapi: 3.0.3
        info: {title: Zoo, version: '1'}
        servers: [{url: 'https://zoo.example.com'}]
        security: [{basic: []}]
        paths:
          /animals/{animal-id}:
            post:
              operationId: feed-animal
              parameters:
                - {name: animal-id, in: path, required: true, schema: {type: integer, format: int64, example: 7}}
                - {name: foods, in: query, required: true, schema: {type: array, items: {type: string, enum: [hay, fish]}, example: [fish]}}
                - {name: limit, in: query, schema: {type: integer}}
                - {name: X-Request-ID, in: header, required: true, schema: {type: string, example: r-1}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Meal'}
              responses: {'204': {description: Fed.}}
          /animals/{animal-id}/photo:
            put:
              operationId: uploadPhoto
              security: []
              parameters: [{name: animal-id, in: path, required: true, schema: {type: integer}}]
              requestBody: {content: {image/png: {schema: {type: string, format: binary}}}}
              responses: {'204': {description: Stored.}}
        components:
          securitySchemes:
            basic: {type: http, scheme: basic}
          schemas:
            Meal:
              type: object
              required: [food, grams, extras, default]
              properties:
                food: {type: string, enum: [hay, fish]}
                grams: {type: number, example: 2.5}
                note: {type: string}
                default: {type: boolean}
                extras: {type: array, items: {oneOf: [{type: string, example: salt}, {$ref: '#/components/schemas/Treat'}]}}
            Treat:
              type: object
              required: [name]
              properties: {name: {type: string, example: apple}}
        """

    static func swiftSample(_ operation: String, nameOverrides: [String: String] = [:], yaml: String = yaml) -> String {
        var config = PipelineConfig()
        config.generate.stubConfig.nameOverrides = nameOverrides
        let result = Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": yaml]), config: config)
            .site("openapi.yaml", pagePaths: [])
        let twin = result.files.first { $0.path == "operations/\(operation).md" }?.text ?? ""
        return twin.components(separatedBy: "### Swift\n\n").last ?? ""
    }

    @Test func parametersCredentialsAndBodyUseTheGeneratedNames() {
        // Names as generated: `feedAnimal`, `animalId`, `xRequestID`, enum cases, a choice's case, `default:`
        // as a label; only required parameters and properties are given.
        #expect(
            Self.swiftSample("feed-animal") == #"""
                ```swift
                let client = Client(
                    serverURL: URL(string: "https://zoo.example.com")!,
                    transport: URLSessionTransport(),
                    credentials: .init(basic: .init(username: "…", password: "…"))
                )
                let output = try await client.feedAnimal(.init(
                    path: .init(animalId: 7),
                    query: .init(foods: [.fish]),
                    headers: .init(xRequestID: "r-1"),
                    body: .json(.init(food: .hay, grams: 2.5, default: true, extras: [.string("salt")]))
                ))
                ```


                """#)
    }

    @Test func binaryBodiesAreReadFromAFileAndPublicOperationsHaveNoCredentials() {
        #expect(
            Self.swiftSample("uploadPhoto") == #"""
                ```swift
                let client = Client(
                    serverURL: URL(string: "https://zoo.example.com")!,
                    transport: URLSessionTransport()
                )
                let output = try await client.uploadPhoto(.init(
                    path: .init(animalId: 0),
                    body: .imagePng(HTTPBody(Data(contentsOf: URL(fileURLWithPath: "upload.bin"))))
                ))
                ```


                """#)
    }

    @Test func theConfigurationsNameOverridesReachTheSample() {
        // `generate: names` in specc.yaml renames the operation and a schema; the sample follows.
        let sample = Self.swiftSample("feed-animal", nameOverrides: ["feed-animal": "giveFood", "Meal": "Dinner"])
        #expect(sample.contains("let output = try await client.giveFood(.init("), "\(sample)")
        #expect(!sample.contains("feedAnimal"))
        let photo = Self.swiftSample("uploadPhoto", nameOverrides: ["uploadPhoto": "storePicture"])
        #expect(photo.contains("client.storePicture(.init("), "\(photo)")
    }

    @Test func aURLTemplateIsFilledInByTheGeneratedHelper() {
        // `URL(string:)` of a template with braces would be nil; the sample calls `Client.server1()`, whose
        // parameters default to the variables' defaults, and shows the template beside it.
        let templated = Self.yaml.replacingOccurrences(
            of: "servers: [{url: 'https://zoo.example.com'}]",
            with: "servers: [{url: '{scheme}://zoo.example.com', variables: {scheme: {default: https}}}]")
        let sample = Self.swiftSample("uploadPhoto", yaml: templated)
        #expect(sample.contains("    serverURL: try Client.server1(),  // {scheme}://zoo.example.com\n"), "\(sample)")
        #expect(!sample.contains("URL(string:"))
        // The other samples send their request to the URL the defaults make.
        let twin = Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": templated])).site("openapi.yaml", pagePaths: [])
            .files.first { $0.path == "operations/uploadPhoto.md" }?.text ?? ""
        #expect(twin.contains("https://zoo.example.com/animals/0/photo"), "\(twin)")
        #expect(!twin.contains("{scheme}://zoo.example.com/animals"))
        // A placeholder without a variable gets no helper, so the sample keeps the URL as written.
        let undeclared = Self.yaml.replacingOccurrences(
            of: "servers: [{url: 'https://zoo.example.com'}]", with: "servers: [{url: '{scheme}://zoo.example.com'}]")
        #expect(Self.swiftSample("uploadPhoto", yaml: undeclared).contains(#"serverURL: URL(string: "{scheme}://zoo.example.com")!"#))
    }
}
