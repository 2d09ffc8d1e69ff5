import Testing

@testable import StubGen

/// Identifiers derived from document names: every one must compile and two inputs should rarely meet.
@Suite struct SwiftNameTests {
    @Test(arguments: [
        ("pet-store_v2", "PetStoreV2"), ("pet", "Pet"), ("HTTPServer", "HTTPServer"), ("2fa", "_2fa"),
        ("", "_empty"), ("Type", "Type_"), ("Protocol", "Protocol_"), ("Self", "Self_"), ("Any", "Any_"),
        ("Schemas", "Schemas_"), ("Client", "Client_"), ("SpeccKey", "SpeccKey_"), ("class", "Class"),
        ("application/vnd.api+json", "ApplicationVndApiJson"),
    ])
    func typeNames(_ raw: String, _ expected: String) {
        #expect(SwiftName.type(raw) == expected)
    }

    @Test(arguments: [
        ("Pet-Store", "petStore"), ("pet_id", "petId"), ("X-Request-Id", "xRequestId"), ("class", "`class`"),
        ("default", "`default`"), ("Any", "`any`"), ("self", "self_"), ("init", "init_"), ("Type", "type"),
        ("404", "_404"), ("1st", "_1st"), ("v2Beta", "v2Beta"), ("", "_empty"), ("+", "plus"), ("-", "minus"),
        ("+-", "plusMinus"), ("_", "underscore"), ("URL", "url"), ("HTTPServer", "httpServer"),
        ("userID", "userID"), ("getURLForID", "getURLForID"), ("already camelCase", "alreadyCamelCase"),
        // A plural s stays with its acronym, on the ASCII path and on the general one (é is not ASCII).
        ("IDs", "ids"), ("petIDs", "petIDs"), ("URLsFor", "urlsFor"), ("é IDs", "ids"), ("é URLsFor", "urlsFor"),
        ("HTTPSession", "httpSession"),
    ])
    func memberNames(_ raw: String, _ expected: String) {
        #expect(SwiftName.member(raw) == expected)
    }

    @Test func bareDropsBackticks() {
        #expect(SwiftName.bare("`class`") == "class")
        #expect(SwiftName.bare("name") == "name")
    }

    @Test func scopeNumbersCollisionsInClaimOrder() {
        var scope = NameScope(reserved: ["undocumented"])
        #expect(scope.claim("name") == "name")
        #expect(scope.claim("name") == "name_2")
        #expect(scope.claim("name") == "name_3")
        #expect(scope.claim("undocumented") == "undocumented_2")
        #expect(scope.claim("`class`") == "`class`")
        #expect(scope.claim("`class`") == "class_2")
        #expect(scope.contains("class"))
        #expect(!scope.contains("other"))
    }

    @Test func namesThatDifferOnlyInSeparatorsMeetInAScope() {
        var scope = NameScope()
        let names = ["pet-id", "pet_id", "petId", "PetID"].map { scope.claim(SwiftName.member($0)) }
        #expect(names == ["petId", "petId_2", "petId_3", "petID"])
    }
}
