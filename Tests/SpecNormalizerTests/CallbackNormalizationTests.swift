import Foundation
import SpecDiagnostics
import SpecModel
import SpecNormalizer
import Testing

/// Operations keep their `callbacks`: inline or through `$ref`, nested ones down to a bound, and the
/// normalized JSON of an operation without callbacks does not mention them.
@Suite struct CallbackNormalizationTests {
    static func normalize(_ yaml: String) throws -> API {
        let document = try #require(TestDocuments.document(["openapi.yaml": yaml]))
        return Normalizer.normalize(document, into: DiagnosticCollector())
    }

    @Test func inlineAndReferencedCallbacksAreKeptInOrder() throws {
        let api = try Self.normalize("""
            openapi: 3.1.0
            info: {title: Hooks, version: '1'}
            paths:
              /subscriptions:
                post:
                  operationId: subscribe
                  responses: {'201': {description: ok}}
                  callbacks:
                    onEvent:
                      '{$request.body#/url}':
                        post:
                          requestBody:
                            content:
                              application/json:
                                schema: {$ref: '#/components/schemas/Event'}
                          responses: {'204': {description: ok}}
                        delete:
                          responses: {'204': {description: ok}}
                    onEnd:
                      $ref: '#/components/callbacks/End'
            components:
              callbacks:
                End:
                  '{$request.query.done}':
                    put:
                      operationId: ended
                      responses: {'200': {description: ok}}
              schemas:
                Event: {type: object, properties: {kind: {type: string}}}
            """)
        let operation = try #require(api.operations.first)
        #expect(operation.callbacks.map(\.name) == ["onEvent", "onEnd"])
        #expect(operation.callbacks[0].operations.map { "\($0.method.uppercased) \($0.path)" } == [
            "POST {$request.body#/url}", "DELETE {$request.body#/url}",
        ])
        #expect(operation.callbacks[0].operations[0].requestBody?.content.first?.schema == .named("Event"))
        #expect(operation.callbacks[1].operations.map(\.operationId) == ["ended"])
    }

    @Test func nestedCallbacksStopAtTheDepthBound() throws {
        // A callback whose operation declares the same callback again: a cycle through `$ref`.
        let api = try Self.normalize("""
            openapi: 3.1.0
            info: {title: Loop, version: '1'}
            paths:
              /start:
                post:
                  responses: {'200': {description: ok}}
                  callbacks:
                    again: {$ref: '#/components/callbacks/Again'}
            components:
              callbacks:
                Again:
                  '{$request.body#/url}':
                    post:
                      responses: {'200': {description: ok}}
                      callbacks:
                        again: {$ref: '#/components/callbacks/Again'}
            """)
        var depth = 0
        var level = try #require(api.operations.first)
        while let next = level.callbacks.first?.operations.first {
            depth += 1
            level = next
        }
        #expect(depth == NormalizedCallback.maximumDepth)
    }

    @Test func operationsWithoutCallbacksEncodeAsBefore() throws {
        let plain = NormalizedOperation(method: .get, path: "/a")
        let json = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!json.contains("callbacks"))
        var withCallback = plain
        withCallback.callbacks = [NormalizedCallback(name: "c", operations: [NormalizedOperation(method: .post, path: "{$url}")])]
        let data = try JSONEncoder().encode(withCallback)
        #expect(String(decoding: data, as: UTF8.self).contains("\"callbacks\""))
        #expect(try JSONDecoder().decode(NormalizedOperation.self, from: data) == withCallback)
        #expect(try JSONDecoder().decode(NormalizedOperation.self, from: Data(json.utf8)) == plain)
    }
}
