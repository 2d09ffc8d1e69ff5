import SpecModel

/// Appends canonical JSON tokens to one byte buffer: minimal string escapes, normalized numbers.
///
/// Everything goes into a single `[UInt8]` so hashing a large document never builds intermediate strings.
/// See `docs/hash.md` for the exact rules.
struct CanonicalJSONWriter {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    /// Creates an empty writer sized for a document of about `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Writes a scalar's YAML 1.2 core schema (or JSON) value.
    mutating func scalar(_ scalar: Scalar) {
        switch scalar.value {
        case .null: ascii("null")
        case .bool(let value): ascii(value ? "true" : "false")
        case .int(let value): ascii(String(value))
        case .double(let value): ascii(CanonicalNumber.format(value))
        case .string(let value): string(value)
        }
    }

    /// Writes text known to be ASCII without escaping.
    mutating func ascii(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes a JSON string with the minimal escapes: `"` and `\` escaped, control characters below U+0020
    /// as `\b \t \n \f \r` or `\u00xx` (lower-case hex), everything else as raw UTF-8.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { buffer in
            var start = 0
            for index in 0..<buffer.count {
                let byte = buffer[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if start < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index])) }
                escape(byte)
                start = index + 1
            }
            if start < buffer.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...])) }
        }
        bytes.append(0x22)
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(0x5C)
        switch byte {
        case 0x22: bytes.append(0x22)
        case 0x5C: bytes.append(0x5C)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }
}

extension String {
    /// Orders strings by their UTF-8 bytes (the canonical key order), not by Unicode canonical equivalence.
    static func precedesInUTF8(_ lhs: String, _ rhs: String) -> Bool {
        compareUTF8(lhs, rhs) < 0
    }

    /// Compares the UTF-8 bytes of two strings: negative, zero or positive.
    static func compareUTF8(_ lhs: String, _ rhs: String) -> Int {
        // Native strings are contiguous UTF-8, so this is a plain byte loop; bridged ones take the slow path.
        let fast = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right -> Int in
                let count = Swift.min(left.count, right.count)
                var index = 0
                while index < count {
                    let (a, b) = (left[index], right[index])
                    if a != b { return a < b ? -1 : 1 }
                    index += 1
                }
                return left.count - right.count
            }
        }
        if let result = fast ?? nil { return result }
        if lhs.utf8.elementsEqual(rhs.utf8) { return 0 }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8) ? -1 : 1
    }
}
