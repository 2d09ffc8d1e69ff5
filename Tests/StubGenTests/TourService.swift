import Foundation
import HTTPTypes
import OpenAPIRuntime
import Synchronization
import TourStubs

/// Keeps what the server side received, by operation, for the tests to inspect.
final class Recorder: Sendable {
    private let values = Mutex<[String: [any Sendable]]>([:])

    func record(_ key: String, _ value: any Sendable) {
        values.withLock { $0[key, default: []].append(value) }
    }

    /// The last value recorded under `key`, when it is a `T`.
    func last<T>(_ key: String, as type: T.Type = T.self) -> T? {
        values.withLock { $0[key]?.last as? T }
    }

    /// How many values were recorded under `key`.
    func count(_ key: String) -> Int {
        values.withLock { $0[key]?.count ?? 0 }
    }
}

/// Sample values the tour server returns and the tests compare against.
enum TourSamples {
    static let birthday = Date(timeIntervalSince1970: 1_700_000_000.25)

    static func pet(id: Int64, name: String = "Rex", kind: Schemas.PetKind = .dog) -> Schemas.Pet {
        Schemas.Pet(
            id: id, name: name, kind: kind, size: .large, nickname: nil, weight: 4.5, birthday: birthday,
            photo: Data([0, 1, 2, 254, 255]),
            labels: Schemas.Labels(owner: "Ann", additionalProperties: ["color": "brown"]))
    }

    static func error(_ code: String, _ message: String) -> Schemas.Error {
        Schemas.Error(error: .init(code: code, message: message))
    }

    static let tree = Schemas.TreeNode(
        value: "root", next: Schemas.TreeNode(value: "sibling", next: Schemas.TreeNode(value: "last")),
        children: [
            Schemas.TreeNode(value: "a", children: [Schemas.TreeNode(value: "a1")]), Schemas.TreeNode(value: "b"),
        ])
}

/// The tour API implemented for tests: each method records its typed input and answers from it.
struct TourService: APIProtocol {
    let recorder: Recorder

    func listPets(_ input: Operations.ListPets.Input) async throws -> Operations.ListPets.Output {
        recorder.record("listPets", input)
        if input.query.limit == 99 {
            return .default(statusCode: 503, .init(body: .json(TourSamples.error("unavailable", "try later"))))
        }
        // The second pet's kind is not in the enum: the client must keep it, not fail.
        let pets = [TourSamples.pet(id: 1), TourSamples.pet(id: 2, name: "Lizzy", kind: .undocumented("lizard"))]
        return .ok(.init(headers: .init(xTotalCount: pets.count), body: .json(pets)))
    }

    func createPet(_ input: Operations.CreatePet.Input) async throws -> Operations.CreatePet.Output {
        recorder.record("createPet", input)
        let new: Schemas.NewPet
        switch input.body {
        case .json(let value): new = value
        }
        if new.name == "Taken" {
            return .code4XX(statusCode: 409, .init(body: .json(TourSamples.error("conflict", "the name is taken"))))
        }
        let pet = Schemas.Pet(id: 7, name: new.name, kind: new.kind, size: new.size)
        return .created(.init(headers: .init(location: "/pets/7"), body: .json(pet)))
    }

    func getPet(_ input: Operations.GetPet.Input) async throws -> Operations.GetPet.Output {
        recorder.record("getPet", input)
        if input.path.petId == 404 {
            return .notFound(.init(body: .json(TourSamples.error("not_found", "no pet 404"))))
        }
        return .ok(.init(body: .json(TourSamples.pet(id: input.path.petId))))
    }

    func updatePet(_ input: Operations.UpdatePet.Input) async throws -> Operations.UpdatePet.Output {
        recorder.record("updatePet", input)
        var pet = TourSamples.pet(id: input.path.petId)
        if case .json(let update)? = input.body {
            pet.name = update.name ?? pet.name
            pet.size = update.size
            pet.labels = update.labels
        }
        return .ok(.init(body: .json(pet)))
    }

    func deletePet(_ input: Operations.DeletePet.Input) async throws -> Operations.DeletePet.Output {
        recorder.record("deletePet", input)
        if input.path.petId == 418 {
            return .undocumented(statusCode: 418, body: HTTPBody("short and stout"))
        }
        return .noContent(.init())
    }

    func uploadPhoto(_ input: Operations.UploadPhoto.Input) async throws -> Operations.UploadPhoto.Output {
        let bytes: Data
        switch input.body {
        case .binary(let body): bytes = try await Data(collecting: body, upTo: 1 << 20)
        }
        recorder.record("uploadPhoto", input.path.petId)
        recorder.record("uploadPhoto.bytes", bytes)
        return .ok(.init(body: .binary(HTTPBody(bytes))))
    }

    func postNote(_ input: Operations.PostNote.Input) async throws -> Operations.PostNote.Output {
        let text: String
        switch input.body {
        case .plainText(let value): text = value
        }
        recorder.record("postNote", text)
        return .ok(.init(body: .plainText(text.uppercased())))
    }

    func getTree(_ input: Operations.GetTree.Input) async throws -> Operations.GetTree.Output {
        recorder.record("getTree", input)
        return .ok(.init(body: .json(TourSamples.tree)))
    }

    func getAnimal(_ input: Operations.GetAnimal.Input) async throws -> Operations.GetAnimal.Output {
        recorder.record("getAnimal", input.path.animalId)
        switch input.path.animalId {
        case "rex": return .ok(.init(body: .json(.dog(.init(species: "dog", name: "Rex", barkVolume: 11)))))
        case "tom": return .ok(.init(body: .json(.cat(.init(species: "kitty", name: "Tom", livesLeft: 9)))))
        default:
            let other = try OpenAPIObjectContainer(unvalidatedValue: ["species": "fish", "name": input.path.animalId])
            return .ok(.init(body: .json(.undocumented(other))))
        }
    }

    func search(_ input: Operations.Search.Input) async throws -> Operations.Search.Output {
        recorder.record("search", input)
        let result = Schemas.SearchResult(
            contacts: [.email(.init(email: "ann@example.com")), .phone(.init(phone: "+1 555"))],
            inventory: ["dog": 3, "cat": 1], version: 2)
        return .ok(.init(body: .json(result)))
    }
}

/// The tour's webhooks implemented for tests.
struct TourWebhooks: WebhooksProtocol {
    let recorder: Recorder

    func petAdopted(_ input: Webhooks.PetAdopted.Input) async throws -> Webhooks.PetAdopted.Output {
        switch input.body {
        case .json(let adoption): recorder.record("petAdopted", adoption)
        }
        return .ok(.init())
    }
}

/// Records every request the server side receives, with its operation id, before the handler runs.
struct RequestLog: ServerMiddleware {
    let recorder: Recorder

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        recorder.record("request." + operationID, request)
        return try await next(request, body, metadata)
    }
}
