import Foundation
import Testing
import TourStubs

/// The keyed helpers generated `init(from:)` and `encode(to:)` call (`speccDecode`, `speccEncode`...) must hand
/// strings, integers, booleans and doubles to the container's own overloads for those types, as the
/// `decode(_:forKey:)` calls they replaced did: encoders and decoders (our JSON writer among them) have fast paths
/// there, and a generic call would skip them.
@Suite struct KeyedCodingTests {
    @Test func encodingReachesTheTypedOverloads() throws {
        let log = CallLog()
        let encoder = RecordingEncoder(log: log)
        var container = encoder.container(keyedBy: SpeccKey.self)
        try container.speccEncode("s", "a")
        try container.speccEncode(1, "b")
        try container.speccEncode(true, "c")
        try container.speccEncode(1.5, "d")
        try container.speccEncode([1, 2], "e")
        try container.speccEncodeIfPresent("t" as String?, "f")
        try container.speccEncodeIfPresent(nil as String?, "g")
        try container.speccEncodeIfPresent(Int8(3) as Int8?, "h")
        #expect(log.calls == ["String a", "Int b", "Bool c", "Double d", "generic e", "String f", "generic h"])
    }

    @Test func decodingReachesTheTypedOverloads() throws {
        let log = CallLog()
        let container = KeyedDecodingContainer(RecordingKeyedDecoder<SpeccKey>(log: log, present: ["a", "b", "c", "d", "e", "f"]))
        #expect(try container.speccDecode(String.self, "a") == "")
        #expect(try container.speccDecode(Int.self, "b") == 0)
        #expect(try container.speccDecode(Bool.self, "c") == false)
        #expect(try container.speccDecode(Double.self, "d") == 0)
        #expect(try container.speccDecode(Int8.self, "e") == 0)
        #expect(try container.speccDecodeIfPresent(String.self, "f") == "")
        #expect(try container.speccDecodeIfPresent(String.self, "missing") == nil)
        #expect(try container.speccDecodeIfPresent(Int.self, "missing") == nil)
        #expect(log.calls == ["String a", "Int b", "Bool c", "Double d", "generic e", "String? f", "String? missing", "Int? missing"])
    }
}

private final class CallLog: @unchecked Sendable {
    var calls: [String] = []
}

private struct RecordingEncoder: Encoder {
    let log: CallLog
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(RecordingKeyedEncoder<Key>(log: log))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { fatalError("not used") }
    func singleValueContainer() -> any SingleValueEncodingContainer { fatalError("not used") }
}

private struct RecordingKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let log: CallLog
    var codingPath: [any CodingKey] = []

    mutating func encodeNil(forKey key: Key) throws { log.calls.append("nil \(key.stringValue)") }
    mutating func encode(_ value: String, forKey key: Key) throws { log.calls.append("String \(key.stringValue)") }
    mutating func encode(_ value: Int, forKey key: Key) throws { log.calls.append("Int \(key.stringValue)") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { log.calls.append("Bool \(key.stringValue)") }
    mutating func encode(_ value: Double, forKey key: Key) throws { log.calls.append("Double \(key.stringValue)") }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { log.calls.append("generic \(key.stringValue)") }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    { fatalError("not used") }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { fatalError("not used") }
    mutating func superEncoder() -> any Encoder { fatalError("not used") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { fatalError("not used") }
}

private struct RecordingKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let log: CallLog
    let present: Set<String>
    var codingPath: [any CodingKey] = []
    var allKeys: [Key] { present.sorted().compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { present.contains(key.stringValue) }
    func decodeNil(forKey key: Key) throws -> Bool { false }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { log.calls.append("String \(key.stringValue)"); return "" }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { log.calls.append("Int \(key.stringValue)"); return 0 }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { log.calls.append("Bool \(key.stringValue)"); return false }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { log.calls.append("Double \(key.stringValue)"); return 0 }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        log.calls.append("generic \(key.stringValue)")
        return try T(from: ZeroDecoder())
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        log.calls.append("String? \(key.stringValue)")
        return contains(key) ? "" : nil
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        log.calls.append("Int? \(key.stringValue)")
        return contains(key) ? 0 : nil
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    { fatalError("not used") }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { fatalError("not used") }
    func superDecoder() throws -> any Decoder { fatalError("not used") }
    func superDecoder(forKey key: Key) throws -> any Decoder { fatalError("not used") }
}

/// Decodes an `Int8` (the one generic value the test asks for) as zero.
private struct ZeroDecoder: Decoder, SingleValueDecodingContainer {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> { fatalError("not used") }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { fatalError("not used") }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }
    func decodeNil() -> Bool { false }
    func decode(_ type: Int8.Type) throws -> Int8 { 0 }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { fatalError("not used") }
}
