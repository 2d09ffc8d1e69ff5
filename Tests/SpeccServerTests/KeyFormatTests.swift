import Foundation
import Testing

@testable import SpeccServer

@Suite struct KeyFormatTests {
    @Test func generatedKeysHaveTheDocumentedShape() {
        let key = KeyFormat.generate()
        #expect(key.hasPrefix("specc_"))
        #expect(key.count == 6 + 32 + 1 + 6)
        #expect(KeyFormat.isWellFormed(key))
        #expect(KeyFormat.prefix(of: key).count == 12)
        let application = KeyFormat.generate(tag: KeyFormat.applicationKeyTag)
        #expect(application.hasPrefix("specca_"))
        #expect(KeyFormat.isWellFormed(application))
    }

    @Test func aChangedCharacterBreaksTheChecksum() {
        let key = KeyFormat.generate()
        var characters = Array(key)
        let index = 10
        characters[index] = characters[index] == "A" ? "B" : "A"
        #expect(!KeyFormat.isWellFormed(String(characters)))
        #expect(!KeyFormat.isWellFormed("specc_short"))
        #expect(!KeyFormat.isWellFormed("ghp_" + key))
    }

    @Test func keysDoNotRepeat() {
        let keys = Set((0..<1000).map { _ in KeyFormat.generate() })
        #expect(keys.count == 1000)
    }

    /// The contract's examples were made with zlib's CRC-32 in Python: both implementations must agree.
    @Test func contractExampleKeysAreWellFormed() {
        #expect(KeyFormat.isWellFormed("specc_7Kp2Qx9LmN4vR8tW1yZ3bC6dF0gH5jA2_1zekch"))
        #expect(KeyFormat.isWellFormed("specc_Vb8nW3qT6yH1kP9mZ2xC5rL8dJ4fG7sA_0LQU0z"))
        #expect(!KeyFormat.isWellFormed("specc_Vb8nW3qT6yH1kP9mZ2xC5rL8dJ4fG7sA_0LQU0y"))
        // A checksum one character short or long, another tag, no separator, over 64 bytes.
        #expect(!KeyFormat.isWellFormed("specc_7Kp2Qx9LmN4vR8tW1yZ3bC6dF0gH5jA2_1zekc"))
        #expect(!KeyFormat.isWellFormed("specc_7Kp2Qx9LmN4vR8tW1yZ3bC6dF0gH5jA2_1zekchh"))
        #expect(!KeyFormat.isWellFormed("specca_7Kp2Qx9LmN4vR8tW1yZ3bC6dF0gH5jA2_1zekch"))
        #expect(!KeyFormat.isWellFormed("specc_7Kp2Qx9LmN4vR8tW1yZ3bC6dF0gH5jA21zekch"))
        #expect(!KeyFormat.isWellFormed("specc_" + String(repeating: "a", count: 60) + "_1zekch"))
        #expect(!KeyFormat.isWellFormed(""))
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(KeyFormat.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func digestIsHexSHA256AndComparisonIsExact() {
        let digest = KeyFormat.digest("abc")
        #expect(digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(KeyFormat.constantTimeEqual(digest, digest))
        #expect(!KeyFormat.constantTimeEqual(digest, String(digest.dropLast()) + "0"))
        #expect(!KeyFormat.constantTimeEqual(digest, "short"))
    }
}

@Suite struct TimestampTests {
    @Test func storedTimesAreUTCWithMillisecondsAndReadBack() throws {
        let date = Date(timeIntervalSince1970: 1_763_630_100.25)
        let text = Timestamp.text(date)
        #expect(text == "2025-11-20T09:15:00.250Z")
        #expect(try Timestamp.date(text) == date)
        #expect(try Timestamp.date("2025-11-20T09:15:00Z") == Date(timeIntervalSince1970: 1_763_630_100))
        #expect(throws: StorageError.self) { try Timestamp.date("yesterday") }
    }

    @Test func textOrderIsTimeOrder() {
        let earlier = Timestamp.text(Date(timeIntervalSince1970: 1_000_000_000))
        let later = Timestamp.text(Date(timeIntervalSince1970: 1_000_000_000.5))
        #expect(earlier < later)
    }
}
