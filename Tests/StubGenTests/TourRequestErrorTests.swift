import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing
import TourStubs

/// Requests the generated server refuses: answered 400 in the contract's own error shape
/// (`{"error": {"code", "message", "details"}}` for `createPet`), before the handler runs.
@Suite struct TourRequestErrorTests {
    @Test func missingRequiredPropertyIsAnsweredWithTheContractErrorBody() async throws {
        let tour = try TourHarness()
        let (status, text) = try await tour.transport.sendRaw(.post, "/v1/pets", json: #"{"kind":"dog"}"#)
        #expect(status == 400)
        #expect(
            text
                == #"{"error":{"code":"invalid_request","message":"invalid request body","details":[{"path":"/name","problem":"is required"}]}}"#
        )
        let error = try JSONDecoder().decode(Schemas.Error.self, from: Data(text.utf8))
        #expect(error.error.code == "invalid_request")
        #expect(error.error.message == "invalid request body")
        #expect(error.error.details?.map(\.path) == ["/name"])
        #expect(tour.recorder.count("createPet") == 0)
    }

    @Test func wrongTypeDeepInTheBodyNamesItsPath() async throws {
        let tour = try TourHarness()
        let (status, text) = try await tour.transport.sendRaw(
            .post, "/v1/pets", json: #"{"name":"Rex","kind":"dog","tags":["a",7]}"#)
        #expect(status == 400)
        let error = try JSONDecoder().decode(Schemas.Error.self, from: Data(text.utf8))
        #expect(error.error.details == [.init(path: "/tags/1", problem: "must be a string")])
    }

    @Test func unknownMemberOfAClosedObjectIsAnswered400() async throws {
        let tour = try TourHarness()
        let (status, text) = try await tour.transport.sendRaw(
            .post, "/v1/pets", json: #"{"name":"Rex","kind":"dog","owner":"someone"}"#)
        #expect(status == 400)
        let error = try JSONDecoder().decode(Schemas.Error.self, from: Data(text.utf8))
        #expect(error.error.details == [.init(path: "/owner", problem: "is not a member this object allows")])
        #expect(tour.recorder.count("createPet") == 0)
    }

    @Test(arguments: [
        (Schemas.NewPet(name: "R2D2", kind: .dog), "/name", "must match ^[A-Za-z ]+$"),
        (Schemas.NewPet(name: "", kind: .dog), "/name", "must be at least 1 character"),
        (Schemas.NewPet(name: String(repeating: "a", count: 21), kind: .dog), "/name", "must be at most 20 characters"),
        (Schemas.NewPet(name: "Rex", kind: .dog, age: 31), "/age", "must be ≤ 30"),
        (Schemas.NewPet(name: "Rex", kind: .dog, age: -1), "/age", "must be ≥ 0"),
        (Schemas.NewPet(name: "Rex", kind: .dog, weight: 200), "/weight", "must be < 200"),
        (Schemas.NewPet(name: "Rex", kind: .dog, weight: 1.25), "/weight", "must be a multiple of 0.5"),
        (Schemas.NewPet(name: "Rex", kind: .dog, tags: []), "/tags", "must be at least 1 item"),
        (Schemas.NewPet(name: "Rex", kind: .dog, tags: ["a", "b", "c", "d"]), "/tags", "must be at most 3 items"),
        (Schemas.NewPet(name: "Rex", kind: .dog, tags: ["a", "a"]), "/tags", "must not contain duplicate items"),
    ])
    func validationKeywordViolationIsAnswered400(_ pet: Schemas.NewPet, path: String, problem: String) async throws {
        let tour = try TourHarness()
        let output = try await tour.client.createPet(.init(body: .json(pet)))
        guard case .badRequest(let answer) = output, case .json(let error) = answer.body else {
            Issue.record("expected 400, got \(output)")
            return
        }
        #expect(error.error.code == "invalid_request")
        #expect(error.error.details == [.init(path: path, problem: problem)])
        #expect(tour.recorder.count("createPet") == 0)
    }

    @Test func invalidPathParameterIsAnswered400() async throws {
        let tour = try TourHarness()
        let (status, text) = try await tour.transport.sendRaw(.get, "/v1/pets/abc")
        #expect(status == 400)
        // getPet documents no 400 body, so the answer is plain text.
        #expect(text == "invalid path parameter 'petId': petId must be an integer")
    }

    @Test func invalidQueryParameterIsAnswered400() async throws {
        let tour = try TourHarness()
        let (status, _) = try await tour.transport.sendRaw(.get, "/v1/pets?limit=ten")
        #expect(status == 400)
        #expect(tour.recorder.count("listPets") == 0)
    }

    @Test func unsupportedContentTypeIsAnswered400() async throws {
        let tour = try TourHarness()
        var headers = HTTPFields()
        headers[.contentType] = "text/plain"
        let request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/v1/pets", headerFields: headers)
        let (response, _) = try await tour.transport.send(
            request, body: HTTPBody("hi"), baseURL: TourHarness.serverURL, operationID: "raw")
        #expect(response.status.code == 400)
    }

    @Test func constMismatchFailsToDecode() throws {
        let json = Data(#"{"species":"cat","name":"Tom"}"#.utf8)
        #expect(throws: DecodingError.self) { try SpeccJSON.decoder().decode(Schemas.Dog.self, from: json) }
        let dog = try SpeccJSON.decoder().decode(Schemas.Dog.self, from: Data(#"{"species":"dog","name":"Rex"}"#.utf8))
        #expect(dog.name == "Rex")
    }
}
