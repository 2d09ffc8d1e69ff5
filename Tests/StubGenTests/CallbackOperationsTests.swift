import Pipeline
import SpecNormalizer
import Testing

@testable import StubGen

/// How callbacks become receiver operations, and that a filtered generation keeps what they use.
@Suite struct CallbackOperationsTests {
    static let yaml = """
        openapi: 3.1.0
        info: {title: t, version: "1"}
        paths:
          /subscriptions:
            post:
              operationId: subscribe
              tags: [hooks]
              responses: {'201': {description: ok}}
              callbacks:
                'on event!':
                  '{$request.body#/url}':
                    post:
                      parameters:
                        - {name: eventId, in: path, required: true, schema: {type: string}}
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Event'}
                      responses: {'204': {description: ok}}
                      callbacks:
                        ack:
                          '{$request.body#/ackUrl}':
                            put:
                              operationId: acknowledge
                              responses: {'200': {description: ok}}
          /other:
            get:
              tags: [other]
              responses: {'200': {description: ok}}
        components:
          schemas:
            Event: {type: object, properties: {kind: {type: string}}}
            Unused: {type: string}
        """

    static func api() throws -> API {
        let pipeline = Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": yaml]))
        return try #require(pipeline.normalize("openapi.yaml").api)
    }

    @Test func receiverPathsNamesAndNesting() throws {
        let received = CallbackOperations.flatten(try Self.api().operations)
        #expect(received.map { "\($0.method.uppercased) \($0.path)" } == [
            "POST /callbacks/subscribe/on-event-/{eventId}", "PUT /callbacks/subscribe-on-event-/ack",
        ])
        #expect(received.map(\.operationId) == ["subscribe on event!", "acknowledge"])
        #expect(received.map(\.tags) == [["hooks"], ["hooks"]])
        #expect(received[0].description?.contains("`{$request.body#/url}`") == true)
    }

    @Test func segmentsNeverHoldTemplateBraces() {
        #expect(CallbackOperations.segment("a{b}/c d") == "a-b--c-d")
        #expect(CallbackOperations.segment("") == "-")
        #expect(CallbackOperations.segment("ok.name_1~-") == "ok.name_1~-")
    }

    @Test func filteringByTagKeepsSchemasOnlyCallbacksUse() throws {
        let config = StubConfig(tags: ["hooks"])
        let filtered = StubFilter.apply(to: try Self.api(), config: config)
        #expect(filtered.operations.map(\.path) == ["/subscriptions"])
        #expect(filtered.schemas.map(\.name) == ["Event"])
    }
}
