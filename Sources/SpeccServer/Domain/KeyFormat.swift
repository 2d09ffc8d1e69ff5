import Crypto
import Foundation

/// The shape of raw keys: `specc_` (API keys) or `specca_` (application keys), 32 base62 characters from
/// the system's secure random generator (32 × log2(62) ≈ 190 bits), `_`, and 6 base62 characters of the
/// CRC-32 of everything before it. The checksum lets secret scanners tell a real key from look-alike text
/// offline. The server stores only `digest(raw)`.
public enum KeyFormat {
    public static let apiKeyTag = "specc_"
    public static let applicationKeyTag = "specca_"
    static let randomLength = 32
    static let checksumLength = 6
    /// Characters of a raw key shown in records and logs.
    public static let prefixLength = 12
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// A new raw key with `tag`.
    public static func generate(tag: String = apiKeyTag) -> String {
        var generator = SystemRandomNumberGenerator()
        var body = [UInt8]()
        body.reserveCapacity(randomLength)
        for _ in 0..<randomLength {
            // 62 does not divide 256: draw again above 247 so every character is equally likely.
            var byte: UInt8
            repeat { byte = UInt8.random(in: 0...255, using: &generator) } while byte >= 248
            body.append(alphabet[Int(byte % 62)])
        }
        let head = tag + String(decoding: body, as: UTF8.self)
        return head + "_" + String(decoding: checksum(of: head.utf8), as: UTF8.self)
    }

    /// Whether `raw` has the shape and a matching checksum (cheap; done before any database lookup).
    /// Every authenticated request runs this and `digest`, so both work on the UTF-8 bytes without copies.
    public static func isWellFormed(_ raw: String) -> Bool {
        var raw = raw
        return raw.withUTF8 { bytes in
            guard bytes.count <= 64, hasTag(bytes, apiKeyTag) || hasTag(bytes, applicationKeyTag),
                let separator = bytes.lastIndex(of: UInt8(ascii: "_")), bytes.count - separator - 1 == checksumLength
            else { return false }
            return checksum(of: UnsafeBufferPointer(rebasing: bytes[..<separator]))
                .elementsEqual(UnsafeBufferPointer(rebasing: bytes[(separator + 1)...]))
        }
    }

    private static func hasTag(_ bytes: UnsafeBufferPointer<UInt8>, _ tag: String) -> Bool {
        bytes.count >= tag.utf8.count && zip(bytes, tag.utf8).allSatisfy { $0 == $1 }
    }

    /// The part of a key that records show.
    public static func prefix(of raw: String) -> String { String(raw.prefix(prefixLength)) }

    /// The stored form: lower-case hexadecimal SHA-256.
    public static func digest(_ raw: String) -> String {
        var raw = raw
        let hash = raw.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }
        return hash.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { text in
                for (index, byte) in bytes.enumerated() {
                    text[2 * index] = hexDigits[Int(byte >> 4)]
                    text[2 * index + 1] = hexDigits[Int(byte & 0x0F)]
                }
                return bytes.count * 2
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Compares two digests in time that does not depend on where they differ.
    public static func constantTimeEqual(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    /// The checksum characters of `head`: its CRC-32 as `checksumLength` base62 digits, most significant first.
    static func checksum<Bytes: Sequence<UInt8>>(of head: Bytes) -> [UInt8] {
        var value = UInt64(crc32(head))
        var characters = [UInt8](repeating: alphabet[0], count: checksumLength)
        for index in stride(from: checksumLength - 1, through: 0, by: -1) {
            characters[index] = alphabet[Int(value % 62)]
            value /= 62
        }
        return characters
    }

    /// CRC-32 (IEEE 802.3, the zlib polynomial), a byte at a time through a table.
    static func crc32<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return ~crc
    }

    /// The CRC of each byte value, computed bit by bit once.
    private static let crcTable: [UInt32] = (0..<256).map { value in
        var crc = UInt32(value)
        for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
        return crc
    }
}
