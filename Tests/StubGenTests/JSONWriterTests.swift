import Foundation
import OpenAPIRuntime
import Testing
import TourStubs

/// `SpeccJSONWriter` (generated into every stub module, used for every body) writes the same bytes as
/// `SpeccJSON.encoder()`, Foundation's JSONEncoder with sorted keys, for every shape of value.
@Suite struct JSONWriterTests {
    private func expectSameBytes<T: Encodable>(_ value: T, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let foundation = String(decoding: try SpeccJSON.encoder().encode(value), as: UTF8.self)
        let writer = String(decoding: try SpeccJSONWriter.encode(value), as: UTF8.self)
        #expect(writer == foundation, comment, sourceLocation: sourceLocation)
    }

    private func decoded<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try SpeccJSON.decoder().decode(type, from: Data(json.utf8))
    }

    @Test func generatedTypesOfTheTourFixture() throws {
        try expectSameBytes(
            try decoded(
                Schemas.Pet.self,
                #"{"id":7,"name":"Rex \"the\" dog/ñ 🐕","kind":"fish","size":"large","nickname":null,"weight":2.5,"birthday":"2020-02-29T12:30:00.250Z","photo":"AAEC","labels":{"owner":"ann","zeta":"z","alpha":"a"}}"#))
        try expectSameBytes(try decoded(Schemas.Pet.self, #"{"id":-1,"name":"","kind":"dog"}"#))
        try expectSameBytes(try decoded(Schemas.NewPet.self, #"{"name":"Bo","kind":"cat","tags":["b","a"],"chip":null,"weight":10}"#))
        try expectSameBytes(try decoded(Schemas.PetUpdate.self, #"{"name":"n","size":"small","labels":{"owner":"o","b":"2","a":"1"}}"#))
        try expectSameBytes(try decoded(Schemas.Inventory.self, #"{"z":1,"a":2,"m":-3,"é":4,"B":5}"#))
        try expectSameBytes(try decoded(Schemas.Animal.self, #"{"species":"dog","name":"Rex","barkVolume":11}"#))
        try expectSameBytes(try decoded(Schemas.Animal.self, #"{"species":"kitty","name":"Tom","livesLeft":9}"#))
        try expectSameBytes(try decoded(Schemas.Animal.self, #"{"species":"cow","name":"Daisy","extra":[1,{"b":true,"a":null}]}"#))
        for query in [#""text""#, "42", #"{"value":"v","field":"f"}"#] {
            try expectSameBytes(try decoded(Schemas.SearchQuery.self, query))
        }
        try expectSameBytes(
            try decoded(
                Schemas.SearchResult.self,
                #"{"contacts":[{"email":"a@b.c"},{"phone":"1"}],"inventory":{"y":1,"x":2},"version":2}"#))
        try expectSameBytes(
            try decoded(
                Schemas.TreeNode.self,
                #"{"value":"root","next":{"value":"n"},"children":[{"value":"c1","children":[]},{"value":"c2"}]}"#))
        try expectSameBytes(try decoded(Schemas.Adoption.self, #"{"petId":1,"adoptedAt":"1999-12-31T23:59:59Z"}"#))
        try expectSameBytes(
            try decoded(Schemas.Error.self, #"{"error":{"message":"m","code":"bad","details":[{"problem":"p","path":"/z"}]}}"#))
    }

    @Test func primitivesAtTheTopAndInsideContainers() throws {
        try expectSameBytes("plain")
        try expectSameBytes(0)
        try expectSameBytes(Int.min)
        try expectSameBytes(Int.max)
        try expectSameBytes(UInt64.max)
        try expectSameBytes(Int8.min)
        try expectSameBytes(true)
        try expectSameBytes([false, true])
        try expectSameBytes(Optional<Int>.none)
        try expectSameBytes([1, nil, 3] as [Int?])
        try expectSameBytes(["b": nil, "a": 1] as [String: Int?])
        try expectSameBytes([[1, 2], [], [3]] as [[Int]])
        try expectSameBytes([String: [String: Int]]())
        try expectSameBytes(["k": ["y": 1, "x": 2]])
        try expectSameBytes([3: "three", 1: "one", 20: "twenty"])
    }

    /// A value through the generic `encode(_:forKey:)`, where the writer recognizes common types by metatype.
    struct Box<T: Encodable>: Encodable {
        var value: T
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Unusual.Key.self)
            try container.encode(value, forKey: Unusual.Key("value"))
            var list = container.nestedUnkeyedContainer(forKey: Unusual.Key("list"))
            try list.encode(value)
        }
    }

    @Test func commonTypesThroughTheGenericPath() throws {
        try expectSameBytes(Box(value: "text \"q\""))
        try expectSameBytes(Box(value: Optional("some")))
        try expectSameBytes(Box(value: String?.none))
        try expectSameBytes(Box(value: Date(timeIntervalSince1970: 86_400.5)))
        try expectSameBytes(Box(value: Optional(Date(timeIntervalSince1970: 0))))
        try expectSameBytes(Box(value: Date?.none))
        try expectSameBytes(Box(value: Int.min))
        try expectSameBytes(Box(value: Int64.max))
        try expectSameBytes(Box(value: Int32.min))
        try expectSameBytes(Box(value: true))
        try expectSameBytes(Box(value: Int?.some(5)))
        try expectSameBytes(Box(value: [Date(timeIntervalSince1970: 1), Date(timeIntervalSince1970: 2)]))
        try expectSameBytes(["b": nil, "a": "x"] as [String: String?])
    }

    @Test func numbers() throws {
        let doubles: [Double] = [
            0, -0.0, 1, -1, 2.5, 0.1, 1.0 / 3, .pi, 1e-7, 1e21, 1e22, 123_456_789_012_345_680,
            .leastNonzeroMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
            9_007_199_254_740_992, 9_007_199_254_740_994,  // 2^53, and 2^53 + 2 (the next Double above it)
            100, 1e16,
        ]
        for value in doubles { try expectSameBytes(value, "\(value)") }
        try expectSameBytes(doubles)
        let floats: [Float] = [0, 1, 2.5, 0.1, 3.4e38, 1e-10, -7]
        for value in floats { try expectSameBytes(value, "\(value)") }
        try expectSameBytes(["f": floats])
    }

    @Test func stringsAreEscapedLikeJSONEncoder() throws {
        var every = ""
        for scalar in 0..<0x80 { every.unicodeScalars.append(Unicode.Scalar(UInt8(scalar))) }
        try expectSameBytes(every)
        try expectSameBytes(["key \"quoted\"\n": "a/b\\c\u{7F}\u{2028}\u{2029}é日本🐕"])
        try expectSameBytes(["", " ", "\u{0}"])
    }

    @Test func datesDataURLsAndDecimals() throws {
        try expectSameBytes(Date(timeIntervalSince1970: 0))
        try expectSameBytes(Date(timeIntervalSince1970: 1_796_518_923.25))
        try expectSameBytes(["when": Date(timeIntervalSinceReferenceDate: -1e12)])
        try expectSameBytes(Data([0, 1, 2, 250, 255]))
        try expectSameBytes([Data()])
        try expectSameBytes(URL(string: "https://example.com/a?b=c#d")!)
        try expectSameBytes(["d": Decimal(string: "12.50")!])
    }

    /// The exact text of dates (both encoders use `SpeccDateTime`, so these are checked against fixed strings).
    @Test func datesAreRFC3339InUTCWithTrimmedMicroseconds() throws {
        let cases: [(Double, String)] = [
            (0, "1970-01-01T00:00:00Z"),
            (1_796_518_923.25, "2026-12-06T01:02:03.25Z"),
            (951_782_400.000001, "2000-02-29T00:00:00.000001Z"),
            (1_700_000_000.1, "2023-11-14T22:13:20.1Z"),
            (-62_135_596_800, "0001-01-01T00:00:00Z"),
            (253_402_300_799, "9999-12-31T23:59:59Z"),
            (1e15, "9999-12-31T23:59:59.999999Z"),
            (-1e15, "0001-01-01T00:00:00Z"),
        ]
        for (seconds, text) in cases {
            let written = String(decoding: try SpeccJSONWriter.encode(Date(timeIntervalSince1970: seconds)), as: UTF8.self)
            #expect(written == "\"\(text)\"", "\(seconds)")
        }
        // Whole seconds agree with Foundation's own ISO 8601 formatting from 1600 on (before the Gregorian reform
        // Foundation switches to the Julian calendar; RFC 3339 stays proleptic Gregorian).
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let date = Date(timeIntervalSince1970: Double(Int64.random(in: -11_676_096_000...253_402_300_799, using: &generator)))
            let written = String(decoding: try SpeccJSONWriter.encode(date), as: UTF8.self)
            #expect(written == "\"\(date.formatted(.iso8601))\"")
        }
    }

    /// Members written out of order are sorted by their unescaped keys even when keys and values hold
    /// quotes, commas, brackets and control characters.
    @Test func unorderedMembersWhoseKeysAndValuesHoldJSONPunctuation() throws {
        let inner: [String: [String: String]] = [
            "z,\"}": ["b": "x,\"y}]", "a": "{[,"], "\u{1}k\\": ["q": "\u{0}"], "a\n": [:], "m": ["\\": "\""], "a": ["": ","],
        ]
        try expectSameBytes(inner)
        try expectSameBytes(["b": [["d": "1,2", "c": "}"]], "a": [[:]], "": [["\u{1F}": "\\"]]] as [String: [[String: String]]])
    }

    @Test func openAPIRuntimeContainers() throws {
        let list: [(any Sendable)?] = [1, 2.5, "x", true, nil]
        let nested: [String: (any Sendable)?] = ["b": 1, "a": 2]
        let top: [String: (any Sendable)?] = ["z": list, "a": ["nested": nested] as [String: (any Sendable)?]]
        let value = try OpenAPIValueContainer(unvalidatedValue: top)
        try expectSameBytes(value)
        try expectSameBytes(try OpenAPIObjectContainer(unvalidatedValue: ["b": "1", "a": 2]))
        try expectSameBytes(try OpenAPIArrayContainer(unvalidatedValue: [1, "two", nil]))
    }

    /// Encodings that use nested containers, `superEncoder`, repeated and unordered keys, and no container.
    struct Unusual: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(1, forKey: Key("zebra"))
            try container.encode(2, forKey: Key("apple"))
            try container.encode(3, forKey: Key("zebra"))
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: Key("nested"))
            try nested.encode("n2", forKey: Key("b"))
            try nested.encode("n1", forKey: Key("a"))
            var list = container.nestedUnkeyedContainer(forKey: Key("list"))
            try list.encode(1)
            var inner = list.nestedContainer(keyedBy: Key.self)
            try inner.encode(true, forKey: Key("x"))
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encodeNil()
            try list.encode("after")
            try container.encode(Empty(), forKey: Key("empty"))
            try container.encode(Key("middle").stringValue, forKey: Key("middle"))
            // A second container request on the same encoder continues the same object.
            var again = encoder.container(keyedBy: Key.self)
            try again.encode("late", forKey: Key("b-late"))
        }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        struct Empty: Encodable {
            func encode(to encoder: any Encoder) throws {}
        }
    }

    /// Synthesized `Codable` of an enum with associated values uses nested containers too.
    enum Shape: Encodable {
        case circle(radius: Double)
        case box(width: Int, height: Int)
        case point
    }

    class Base: Encodable {
        var id = 1
    }

    final class Derived: Base, @unchecked Sendable {
        var extra = "e"
        override func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Unusual.Key.self)
            try container.encode(extra, forKey: Unusual.Key("extra"))
            try super.encode(to: container.superEncoder())
        }
    }

    @Test func nestedContainersRepeatedKeysAndSuperEncoders() throws {
        try expectSameBytes(Unusual())
        try expectSameBytes([Unusual(), Unusual()])
        try expectSameBytes([Shape.circle(radius: 1.5), .box(width: 2, height: 3), .point])
        try expectSameBytes(Derived())
        // Nothing at all at the top is refused by both.
        #expect(throws: EncodingError.self) { try SpeccJSON.encoder().encode(Unusual.Empty()) }
        #expect(throws: EncodingError.self) { try SpeccJSONWriter.encode(Unusual.Empty()) }
    }

    @Test func nonFiniteNumbersThrowWithTheirPath() throws {
        #expect(throws: EncodingError.self) { try SpeccJSONWriter.encode(Double.nan) }
        #expect(throws: EncodingError.self) { try SpeccJSONWriter.encode(["a": [1, Double.infinity]]) }
        do {
            _ = try SpeccJSONWriter.encode(["a": ["b": Float.nan]])
            Issue.record("NaN was written")
        } catch EncodingError.invalidValue(_, let context) {
            #expect(context.codingPath.map(\.stringValue) == ["a", "b"])
        }
    }
}
