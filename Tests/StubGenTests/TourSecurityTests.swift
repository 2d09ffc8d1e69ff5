import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing
import TourStubs

/// Each operation sends the credentials of its own security requirement, where the scheme says (header,
/// query or cookie), and nothing else; the checks read the request as the server received it.
@Suite struct TourSecurityTests {
    @Test func bearerGoesInTheAuthorizationHeader() async throws {
        let tour = try TourHarness()
        _ = try await tour.client.createPet(.init(body: .json(.init(name: "Rex", kind: .dog))))
        let request = try #require(tour.request("createPet"))
        #expect(request.headerFields[.authorization] == "Bearer token-1")
        #expect(request.headerFields[HTTPField.Name("X-API-Key")!] == nil)
        #expect(request.headerFields[.cookie] == nil)
        #expect(request.path == "/v1/pets")
    }

    @Test func basicGoesInTheAuthorizationHeader() async throws {
        let tour = try TourHarness()
        _ = try await tour.client.updatePet(.init(path: .init(petId: 1)))
        #expect(tour.request("updatePet")?.headerFields[.authorization] == "Basic YW5uOnMzY3JldA==")
    }

    @Test func apiKeyInAHeader() async throws {
        let tour = try TourHarness()
        _ = try await tour.client.deletePet(.init(path: .init(petId: 1)))
        let request = try #require(tour.request("deletePet"))
        #expect(request.headerFields[HTTPField.Name("X-API-Key")!] == "key-h")
        #expect(request.headerFields[.authorization] == nil)
    }

    @Test func apiKeyInTheQuery() async throws {
        let tour = try TourHarness()
        _ = try await tour.client.listPets(.init())
        let request = try #require(tour.request("listPets"))
        #expect(request.path == "/v1/pets?api_key=key%20q")
        #expect(request.headerFields[.authorization] == nil)
    }

    @Test func apiKeyInACookieBesideACookieParameter() async throws {
        let tour = try TourHarness()
        _ = try await tour.client.getPet(.init(path: .init(petId: 1), cookies: .init(locale: "en-GB")))
        let request = try #require(tour.request("getPet"))
        #expect(request.headerFields[values: .cookie] == ["locale=en-GB; session=key-c"])
        #expect(request.headerFields[.authorization] == nil)
        #expect(tour.received("getPet", as: Operations.GetPet.Input.self)?.cookies.locale == "en-GB")
    }

    @Test func unauthenticatedOperationSendsNoCredentials() async throws {
        let tour = try TourHarness()
        _ = try await tour.client.getTree(.init())
        let request = try #require(tour.request("getTree"))
        #expect(request.headerFields[.authorization] == nil)
        #expect(request.headerFields[HTTPField.Name("X-API-Key")!] == nil)
        #expect(request.headerFields[.cookie] == nil)
        #expect(request.path == "/v1/tree")
    }

    @Test func documentDefaultSecurityAppliesWhenTheOperationSetsNone() async throws {
        let tour = try TourHarness()
        _ = try await tour.client.postNote(.init(body: .plainText("hi")))
        #expect(tour.request("postNote")?.headerFields[.authorization] == "Bearer token-1")
    }

    @Test func missingCredentialsSendNothing() async throws {
        let tour = try TourHarness(credentials: Credentials())
        _ = try await tour.client.createPet(.init(body: .json(.init(name: "Rex", kind: .dog))))
        #expect(tour.request("createPet")?.headerFields[.authorization] == nil)
    }
}
