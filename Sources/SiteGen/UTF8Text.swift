/// Recognizing line breaks and horizontal spaces in UTF-8 bytes, for text passes that must agree with
/// `Character.isNewline` and `CharacterSet.whitespaces` without going through `Character`.
enum UTF8Text {
    /// The length of the line break starting at `index` (LF, VT, FF, CR, NEL, LINE or PARAGRAPH SEPARATOR), or nil.
    static func newlineLength(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        if byte >= 0x0A && byte <= 0x0D { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
        {
            return 3
        }
        return nil
    }

    /// The UTF-8 encodings of `CharacterSet.whitespaces`: tab and the space separators (category Zs).
    private static let spaces: [[UInt8]] = {
        let scalars: [UInt32] = [0x09, 0x20, 0xA0, 0x1680] + Array(0x2000...0x200A) + [0x202F, 0x205F, 0x3000]
        return scalars.map { Array(String(Unicode.Scalar($0)!).utf8) }
    }()

    /// The length of the space character starting at `index` (before `limit`), or nil.
    static func spaceLength(_ bytes: [UInt8], at index: Int, limit: Int) -> Int? {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 { return 1 }
        guard byte >= 0xC2 else { return nil }
        for space in spaces where space.count > 1 && index + space.count <= limit {
            if bytes[index..<(index + space.count)].elementsEqual(space) { return space.count }
        }
        return nil
    }

    /// The length of the space character ending just before `end` (and starting at or after `limit`), or nil.
    static func spaceLength(_ bytes: [UInt8], endingAt end: Int, limit: Int) -> Int? {
        let byte = bytes[end - 1]
        if byte == 0x20 || byte == 0x09 { return 1 }
        guard byte >= 0x80 else { return nil }
        for space in spaces where space.count > 1 && end - space.count >= limit {
            if bytes[(end - space.count)..<end].elementsEqual(space) { return space.count }
        }
        return nil
    }
}
