import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing
import TourStubs

/// The `petStatus` callback of the tour's `createPet`, received through the generated
/// `registerCallbackHandlers`: one route per callback operation under `/callbacks/<operation>/<callback>`.
@Suite struct TourCallbackTests {
    @Test func callbackRoutesFollowOperationAndCallbackNames() throws {
        let transport = InProcessTransport()
        try TourCallbacks(recorder: Recorder()).registerCallbackHandlers(on: transport)
        #expect(transport.registeredRoutes == [
            "POST /callbacks/createPet/petStatus", "DELETE /callbacks/createPet/petStatus",
        ])
    }

    @Test func callbackDeliversTypedBodyAndQuery() async throws {
        let transport = InProcessTransport()
        let recorder = Recorder()
        try TourCallbacks(recorder: recorder).registerCallbackHandlers(on: transport)

        let (status, _) = try await transport.sendRaw(
            .post, "/callbacks/createPet/petStatus", json: #"{"petId":7,"status":"retired"}"#)
        #expect(status == 204)
        let received = recorder.last("petStatus post", as: Callbacks.CreatePetPetStatusPost.RequestBody.self)
        #expect(received == .init(petId: 7, status: .undocumented("retired")))

        let (deleted, _) = try await transport.sendRaw(.delete, "/callbacks/createPet/petStatus?petId=9")
        #expect(deleted == 204)
        #expect(recorder.last("petStatus delete", as: Int64.self) == 9)
    }

    @Test func callbackWithAMissingFieldIsAnswered400() async throws {
        let transport = InProcessTransport()
        let recorder = Recorder()
        try TourCallbacks(recorder: recorder).registerCallbackHandlers(on: transport)
        let (status, text) = try await transport.sendRaw(
            .post, "/callbacks/createPet/petStatus", json: #"{"petId":7}"#)
        #expect(status == 400)
        #expect(text == "invalid request body: /status is required")
        #expect(recorder.count("petStatus post") == 0)
    }
}

/// Records each callback it receives.
struct TourCallbacks: CallbacksProtocol {
    let recorder: Recorder

    func createPetPetStatusPost(
        _ input: Callbacks.CreatePetPetStatusPost.Input
    ) async throws -> Callbacks.CreatePetPetStatusPost.Output {
        switch input.body {
        case .json(let status): recorder.record("petStatus post", status)
        }
        return .noContent(.init())
    }

    func createPetPetStatusDelete(
        _ input: Callbacks.CreatePetPetStatusDelete.Input
    ) async throws -> Callbacks.CreatePetPetStatusDelete.Output {
        recorder.record("petStatus delete", input.query.petId)
        return .noContent(.init())
    }
}
