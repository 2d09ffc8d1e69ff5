#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finding bytes in UTF-8 text, for passes over whole pages where `String` searching is too slow.
enum ByteSearch {
    /// The first index at or after `start` where `byte` is.
    static func find(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            memchr(buffer.baseAddress! + start, Int32(byte), buffer.count - start).map {
                UnsafeRawPointer($0) - UnsafeRawPointer(buffer.baseAddress!)
            }
        }
    }

    /// The first index at or after `start` where `pattern` (not empty) begins.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var candidate = start
        while let found = find(first, in: bytes, from: candidate) {
            guard found + pattern.count <= bytes.count else { return nil }
            let matches = bytes.withUnsafeBufferPointer { buffer in
                pattern.withUnsafeBufferPointer { needle in
                    memcmp(buffer.baseAddress! + found, needle.baseAddress!, needle.count) == 0
                }
            }
            if matches { return found }
            candidate = found + 1
        }
        return nil
    }
}
