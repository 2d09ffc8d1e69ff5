import Foundation
import Nullable30Stubs
import Testing

/// OpenAPI 3.0 `nullable: true`, compiled from `Tests/Goldens/stubs/nullable30`.
@Suite struct Nullable30Tests {
    @Test func nullValuesDecodeAsNil() throws {
        let json = #"{"id":"a","note":null,"count":null,"scores":[1.5,null],"owner":null}"#
        let thing = try SpeccJSON.decoder().decode(Schemas.Thing.self, from: Data(json.utf8))
        #expect(thing == Schemas.Thing(id: "a", note: nil, count: nil, scores: [1.5, nil], owner: nil))
    }

    @Test func requiredNullablePropertyIsWrittenAsNull() throws {
        let data = try SpeccJSON.encoder().encode(Schemas.Thing(id: "a", note: nil))
        #expect(String(decoding: data, as: UTF8.self) == #"{"id":"a","note":null}"#)
    }

    @Test func requiredNullablePropertyMustBePresent() {
        #expect(throws: DecodingError.self) {
            try SpeccJSON.decoder().decode(Schemas.Thing.self, from: Data(#"{"id":"a"}"#.utf8))
        }
    }
}
