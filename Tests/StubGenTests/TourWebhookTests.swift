import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing
import TourStubs

/// The tour's 3.1 `webhooks` entry, served through the generated `registerWebhookHandlers`.
@Suite struct TourWebhookTests {
    @Test func webhookDeliversTypedBody() async throws {
        let transport = InProcessTransport()
        let recorder = Recorder()
        try TourWebhooks(recorder: recorder).registerWebhookHandlers(on: transport)
        #expect(transport.registeredRoutes == ["POST /webhooks/petAdopted"])

        let (status, _) = try await transport.sendRaw(
            .post, "/webhooks/petAdopted", json: #"{"petId":7,"adoptedAt":"2024-02-29T12:00:00+01:00"}"#)
        #expect(status == 200)
        let adoption = recorder.last("petAdopted", as: Schemas.Adoption.self)
        #expect(adoption == Schemas.Adoption(petId: 7, adoptedAt: Date(timeIntervalSince1970: 1_709_204_400)))
    }

    @Test func webhookWithABadBodyIsAnswered400() async throws {
        let transport = InProcessTransport()
        let recorder = Recorder()
        try TourWebhooks(recorder: recorder).registerWebhookHandlers(on: transport)
        let (status, text) = try await transport.sendRaw(.post, "/webhooks/petAdopted", json: #"{"petId":7}"#)
        #expect(status == 400)
        #expect(text == "invalid request body: /adoptedAt is required")
        #expect(recorder.count("petAdopted") == 0)
    }
}
