import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing
import TourStubs

/// Every operation of the tour fixture, through the generated client, the in-process transport and the
/// generated server: the typed values the server receives and the typed values the client gets back.
@Suite struct TourOperationTests {
    @Test func everyOperationIsRegistered() throws {
        let tour = try TourHarness()
        #expect(
            tour.transport.registeredRoutes.sorted() == [
                "DELETE /v1/pets/{petId}", "GET /v1/animals/{animalId}", "GET /v1/pets", "GET /v1/pets/{petId}",
                "GET /v1/tree", "PATCH /v1/pets/{petId}", "POST /v1/notes", "POST /v1/pets", "POST /v1/search",
                "PUT /v1/pets/{petId}/photo",
            ])
    }

    @Test func listPetsSendsParametersAndReadsHeadersAndUnknownEnumValues() async throws {
        let tour = try TourHarness()
        let query = Operations.ListPets.Input.Query(limit: 10, kind: [.dog, .cat], tags: ["x,y", "z"], order: .desc)
        let output = try await tour.client.listPets(.init(query: query, headers: .init(xRequestId: "req-1")))

        let input = try #require(tour.received("listPets", as: Operations.ListPets.Input.self))
        #expect(input.query.limit == 10 && input.query.kind == [.dog, .cat] && input.query.order == .desc)
        #expect(input.query.tags == ["x,y", "z"])
        #expect(input.headers.xRequestId == "req-1")
        // Exploded list as repeated pairs, the other joined by commas (an encoded comma stays in its item).
        #expect(
            tour.request("listPets")?.path
                == "/v1/pets?limit=10&kind=dog&kind=cat&tags=x%2Cy,z&order=desc&api_key=key%20q")

        guard case .ok(let ok) = output, case .json(let pets) = ok.body else {
            Issue.record("expected 200, got \(output)")
            return
        }
        #expect(ok.headers.xTotalCount == 2)
        #expect(pets == [TourSamples.pet(id: 1), TourSamples.pet(id: 2, name: "Lizzy", kind: .undocumented("lizard"))])
        #expect(pets.map(\.kind.rawValue) == ["dog", "lizard"])
    }

    @Test func unknownEnumValueInQueryReachesTheServer() async throws {
        let tour = try TourHarness()
        _ = try await tour.client.listPets(
            .init(query: .init(kind: [.undocumented("fox")], order: .undocumented("random"))))
        let input = try #require(tour.received("listPets", as: Operations.ListPets.Input.self))
        #expect(input.query.kind == [.undocumented("fox")])
        #expect(input.query.order == .undocumented("random"))
        #expect(input.query.limit == nil && input.query.tags == nil)
    }

    @Test func listPetsDefaultResponseCarriesStatusAndBody() async throws {
        let tour = try TourHarness()
        let output = try await tour.client.listPets(.init(query: .init(limit: 99)))
        guard case .default(let statusCode, let answer) = output, case .json(let error) = answer.body else {
            Issue.record("expected the default response, got \(output)")
            return
        }
        #expect(statusCode == 503)
        #expect(error == TourSamples.error("unavailable", "try later"))
    }

    @Test func createPetSendsBodyAndReadsLocation() async throws {
        let tour = try TourHarness()
        let new = Schemas.NewPet(
            name: "Rex Junior", kind: .dog, size: .small, age: 2, vaccinated: true, priority: ._3, weight: 12.5,
            tags: ["good", "loud"], chip: 123_456_789_012)
        let output = try await tour.client.createPet(.init(body: .json(new)))

        let input = try #require(tour.received("createPet", as: Operations.CreatePet.Input.self))
        guard case .json(let received) = input.body else { return }
        #expect(received == new)
        #expect(tour.request("createPet")?.headerFields[.contentType] == "application/json; charset=utf-8")

        guard case .created(let created) = output, case .json(let pet) = created.body else {
            Issue.record("expected 201, got \(output)")
            return
        }
        #expect(created.headers.location == "/pets/7")
        #expect(pet == Schemas.Pet(id: 7, name: "Rex Junior", kind: .dog, size: .small))
    }

    @Test func defaultsFillAbsentProperties() async throws {
        let tour = try TourHarness()
        let (status, _) = try await tour.transport.sendRaw(.post, "/v1/pets", json: #"{"name":"Rex","kind":"dog"}"#)
        #expect(status == 201)
        let input = try #require(tour.received("createPet", as: Operations.CreatePet.Input.self))
        guard case .json(let new) = input.body else { return }
        #expect(new.size == .medium)
        #expect(new.sound == "…\"hi\"")
        #expect(new.age == 1)
        #expect(new.vaccinated == false)
        #expect(new.priority == ._2)
        #expect(new.weight == nil && new.tags == nil && new.chip == nil)
    }

    @Test func createPetRangeResponseKeepsTheStatus() async throws {
        let tour = try TourHarness()
        let output = try await tour.client.createPet(.init(body: .json(.init(name: "Taken", kind: .cat))))
        guard case .code4XX(let statusCode, let answer) = output, case .json(let error) = answer.body else {
            Issue.record("expected a 4XX answer, got \(output)")
            return
        }
        #expect(statusCode == 409)
        #expect(error.error.code == "conflict")
    }

    @Test func getPetRoundTripsEveryFormat() async throws {
        let tour = try TourHarness()
        let output = try await tour.client.getPet(
            .init(path: .init(petId: 9_007_199_254_740_993), cookies: .init(locale: "en-GB")))
        let input = try #require(tour.received("getPet", as: Operations.GetPet.Input.self))
        #expect(input.path.petId == 9_007_199_254_740_993)
        #expect(input.cookies.locale == "en-GB")
        guard case .ok(let ok) = output, case .json(let pet) = ok.body else {
            Issue.record("expected 200, got \(output)")
            return
        }
        // int64 beyond 2^53, date-time with a fraction, byte (base64), float, extra properties.
        #expect(pet == TourSamples.pet(id: 9_007_199_254_740_993))
        #expect(pet.birthday == TourSamples.birthday)
        #expect(pet.photo == Data([0, 1, 2, 254, 255]))
        #expect(pet.labels?.additionalProperties == ["color": "brown"])
    }

    @Test func petJSONOnTheWire() async throws {
        let tour = try TourHarness()
        let (status, text) = try await tour.transport.sendRaw(.get, "/v1/pets/3")
        #expect(status == 200)
        #expect(
            text
                == #"{"birthday":"2023-11-14T22:13:20.25Z","id":3,"kind":"dog","labels":{"color":"brown","owner":"Ann"},"name":"Rex","photo":"AAEC/v8=","size":"large","weight":4.5}"#
        )
    }

    @Test func getPetNotFound() async throws {
        let tour = try TourHarness()
        let output = try await tour.client.getPet(.init(path: .init(petId: 404)))
        guard case .notFound(let answer) = output, case .json(let error) = answer.body else {
            Issue.record("expected 404, got \(output)")
            return
        }
        #expect(error.error.message == "no pet 404")
    }

    @Test func updatePetWithAndWithoutTheOptionalBody() async throws {
        let tour = try TourHarness()
        let update = Schemas.PetUpdate(
            labels: .init(owner: "Bo", additionalProperties: ["x-y": "1"]), name: "Max", size: .large)
        let output = try await tour.client.updatePet(.init(path: .init(petId: 5), body: .json(update)))
        let input = try #require(tour.received("updatePet", as: Operations.UpdatePet.Input.self))
        guard case .json(let received)? = input.body else {
            Issue.record("expected a body")
            return
        }
        #expect(received == update)
        guard case .ok(let ok) = output, case .json(let pet) = ok.body else {
            Issue.record("expected 200, got \(output)")
            return
        }
        #expect(pet.name == "Max" && pet.id == 5 && pet.labels == update.labels)

        _ = try await tour.client.updatePet(.init(path: .init(petId: 6)))
        let bare = try #require(tour.received("updatePet", as: Operations.UpdatePet.Input.self))
        #expect(bare.path.petId == 6)
        #expect(bare.body == nil)
        #expect(tour.request("updatePet")?.headerFields[.contentType] == nil)
    }

    /// Hummingbird and Vapor hand every request a body, empty when nothing was sent.
    @Test func emptyBodyWithoutContentTypeIsAnAbsentOptionalBody() async throws {
        let tour = try TourHarness()
        let request = HTTPRequest(method: .patch, scheme: nil, authority: nil, path: "/v1/pets/8")
        let (response, _) = try await tour.transport.send(
            request, body: HTTPBody(), baseURL: TourHarness.serverURL, operationID: "raw")
        #expect(response.status.code == 200)
        let input = try #require(tour.received("updatePet", as: Operations.UpdatePet.Input.self))
        #expect(input.path.petId == 8)
        #expect(input.body == nil)
    }

    @Test func deletePetAnswersNoContent() async throws {
        let tour = try TourHarness()
        let output = try await tour.client.deletePet(.init(path: .init(petId: 3)))
        guard case .noContent = output else {
            Issue.record("expected 204, got \(output)")
            return
        }
        #expect(tour.received("deletePet", as: Operations.DeletePet.Input.self)?.path.petId == 3)
    }

    @Test func undocumentedStatusReachesTheClientWithItsBody() async throws {
        let tour = try TourHarness()
        let output = try await tour.client.deletePet(.init(path: .init(petId: 418)))
        guard case .undocumented(let statusCode, let body) = output else {
            Issue.record("expected an undocumented answer, got \(output)")
            return
        }
        #expect(statusCode == 418)
        let text = try await String(collecting: try #require(body), upTo: 1024)
        #expect(text == "short and stout")
    }

    @Test func uploadPhotoStreamsBinaryBothWays() async throws {
        let tour = try TourHarness()
        let bytes = Data((0...255).map { UInt8($0) } + [0, 0, 255])
        let output = try await tour.client.uploadPhoto(.init(path: .init(petId: 4), body: .binary(HTTPBody(bytes))))
        #expect(tour.received("uploadPhoto", as: Int64.self) == 4)
        #expect(tour.received("uploadPhoto.bytes", as: Data.self) == bytes)
        #expect(tour.request("uploadPhoto")?.headerFields[.contentType] == "application/octet-stream")
        guard case .ok(let ok) = output, case .binary(let body) = ok.body else {
            Issue.record("expected 200, got \(output)")
            return
        }
        #expect(try await Data(collecting: body, upTo: 1 << 20) == bytes)
    }

    @Test func postNoteSendsAndReadsPlainText() async throws {
        let tour = try TourHarness()
        let output = try await tour.client.postNote(.init(body: .plainText("héllo\nwörld")))
        #expect(tour.received("postNote", as: String.self) == "héllo\nwörld")
        #expect(tour.request("postNote")?.headerFields[.contentType] == "text/plain")
        guard case .ok(let ok) = output, case .plainText(let text) = ok.body else {
            Issue.record("expected 200, got \(output)")
            return
        }
        #expect(text == "HÉLLO\nWÖRLD")
    }

    @Test func getTreeRoundTripsARecursiveValue() async throws {
        let tour = try TourHarness()
        let output = try await tour.client.getTree(.init())
        #expect(tour.recorder.count("getTree") == 1)
        guard case .ok(let ok) = output, case .json(let tree) = ok.body else {
            Issue.record("expected 200, got \(output)")
            return
        }
        #expect(tree == TourSamples.tree)
        #expect(tree.next?.next?.value == "last")
        #expect(tree.children?.first?.children?.first?.value == "a1")
    }

    @Test func getAnimalPicksTheCaseByDiscriminator() async throws {
        let tour = try TourHarness()
        let dog = try await tour.client.getAnimal(.init(path: .init(animalId: "rex")))
        guard case .ok(let ok) = dog, case .json(.dog(let rex)) = ok.body else {
            Issue.record("expected a dog, got \(dog)")
            return
        }
        #expect(rex == Schemas.Dog(species: "dog", name: "Rex", barkVolume: 11))

        // The mapping sends "kitty" to Cat.
        let cat = try await tour.client.getAnimal(.init(path: .init(animalId: "tom")))
        guard case .ok(let okCat) = cat, case .json(.cat(let tom)) = okCat.body else {
            Issue.record("expected a cat, got \(cat)")
            return
        }
        #expect(tom.livesLeft == 9 && tom.species == "kitty")
    }

    @Test func unknownDiscriminatorValueIsKeptAndPathIsEncoded() async throws {
        let tour = try TourHarness()
        let output = try await tour.client.getAnimal(.init(path: .init(animalId: "nemo fish/1")))
        #expect(tour.received("getAnimal", as: String.self) == "nemo fish/1")
        #expect(tour.request("getAnimal")?.path == "/v1/animals/nemo%20fish%2F1")
        guard case .ok(let ok) = output, case .json(.undocumented(let object)) = ok.body else {
            Issue.record("expected an undocumented animal, got \(output)")
            return
        }
        #expect(object.value["species"] as? String == "fish")
        #expect(object.value["name"] as? String == "nemo fish/1")
    }

    @Test(arguments: [
        Schemas.SearchQuery.string("rex"), .integer(42), .filter(.init(field: "kind", value: "dog")),
    ])
    func searchSendsEachAlternative(_ query: Schemas.SearchQuery) async throws {
        let tour = try TourHarness()
        let output = try await tour.client.search(.init(body: .json(query)))
        let input = try #require(tour.received("search", as: Operations.Search.Input.self))
        guard case .json(let received)? = input.body else {
            Issue.record("expected a body")
            return
        }
        #expect(received == query)
        guard case .ok(let ok) = output, case .json(let result) = ok.body else {
            Issue.record("expected 200, got \(output)")
            return
        }
        #expect(result.contacts == [.email(.init(email: "ann@example.com")), .phone(.init(phone: "+1 555"))])
        #expect(result.inventory == ["dog": 3, "cat": 1])
        #expect(result.version == 2)
    }

    @Test func searchWithoutTheOptionalBody() async throws {
        let tour = try TourHarness()
        _ = try await tour.client.search(.init())
        let input = try #require(tour.received("search", as: Operations.Search.Input.self))
        #expect(input.body == nil)
    }
}
