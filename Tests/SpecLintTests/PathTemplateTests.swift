import Testing

@testable import SpecLint

@Suite struct PathTemplateTests {
    @Test func splitsNamesAndShape() {
        let template = PathTemplate("/owners/{ownerId}/pets/{petId}.json")
        #expect(template.names == ["ownerId", "petId"])
        #expect(template.shape == "/owners/{}/pets/{}.json")
    }

    @Test func keepsAnUnclosedBraceAsText() {
        let template = PathTemplate("/pets/{petId")
        #expect(template.names == [])
        #expect(template.shape == "/pets/{petId")
    }

    @Test func templatesWithoutExpressionsKeepTheirText() {
        #expect(PathTemplate("/pets").shape == "/pets")
        #expect(PathTemplate("/pets").names == [])
    }

    @Test func readsResponseStatusKeys() {
        #expect(ResponseStatus(key: "200") == .code(200))
        #expect(ResponseStatus(key: "599") == .code(599))
        #expect(ResponseStatus(key: "4XX") == .range(4))
        #expect(ResponseStatus(key: "2xx") == .lowercaseRange(2))
        #expect(ResponseStatus(key: "2Xx") == .lowercaseRange(2))
        #expect(ResponseStatus(key: "default") == .defaultResponse)
        for key in ["600", "099", "0x1F4", "2000", "20", "404/596", "Default", "6XX", "2X0", ""] {
            #expect(ResponseStatus(key: key) == .invalid, "\(key)")
        }
        #expect(ResponseStatus(key: "302").isSuccess)
        #expect(ResponseStatus(key: "3XX").isSuccess)
        #expect(!ResponseStatus(key: "default").isSuccess)
        #expect(!ResponseStatus(key: "199").isSuccess)
        #expect(!ResponseStatus(key: "400").isSuccess)
    }
}
