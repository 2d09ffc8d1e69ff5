/// The `format` values whose meaning is clear-cut enough to check a value against.
///
/// Other formats (`email`, `uri`, `byte`, vendor formats...) are annotations as far as lint is concerned:
/// their definitions differ between tools, and a false error would be worse than a missed one.
enum SchemaFormat {
    /// The problem with `value` under `format`, as "expected ..., found ..." text; nil when it conforms or the
    /// format is not one we check.
    static func problem(_ format: String, _ value: SchemaValue) -> String? {
        switch (format, value) {
        case ("int32", _) where value.isIntegral:
            guard let number = value.doubleValue, number < -2_147_483_648 || number > 2_147_483_647 else { return nil }
            return "expected an int32 value, found \(value.shortDescription)"
        case ("int64", .number(let number)) where value.isIntegral:
            guard number < -9.223_372_036_854_775_808e18 || number >= 9.223_372_036_854_775_808e18 else { return nil }
            return "expected an int64 value, found \(value.shortDescription)"
        case ("date", .string(let text)):
            return isDate(Array(text.utf8)[...])
                ? nil : "expected a 'date' string (YYYY-MM-DD), found \(value.shortDescription)"
        case ("date-time", .string(let text)):
            return isDateTime(text) ? nil : "expected a 'date-time' string (RFC 3339), found \(value.shortDescription)"
        case ("uuid", .string(let text)):
            return isUUID(text) ? nil : "expected a 'uuid' string, found \(value.shortDescription)"
        default:
            return nil
        }
    }

    /// RFC 3339 `full-date`: `YYYY-MM-DD` with a month 01-12 and a day 01-31.
    static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count == 10, let year = digits(bytes, 0, 4), bytes[bytes.startIndex + 4] == UInt8(ascii: "-"),
            let month = digits(bytes, 5, 2), bytes[bytes.startIndex + 7] == UInt8(ascii: "-"),
            let day = digits(bytes, 8, 2)
        else { return false }
        _ = year
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// RFC 3339 `date-time`: a date, `T`, `hh:mm:ss`, optional fraction, and `Z` or `±hh:mm`.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, isDate(bytes[0..<10]), bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t")
        else { return false }
        var rest = bytes[11...]
        guard rest.count >= 8, let hour = digits(rest, 0, 2), rest[rest.startIndex + 2] == UInt8(ascii: ":"),
            let minute = digits(rest, 3, 2), rest[rest.startIndex + 5] == UInt8(ascii: ":"),
            let second = digits(rest, 6, 2), hour <= 23, minute <= 59, second <= 60
        else { return false }
        rest = rest.dropFirst(8)
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            let fraction = rest.prefix { $0 >= 0x30 && $0 <= 0x39 }
            guard !fraction.isEmpty else { return false }
            rest = rest.dropFirst(fraction.count)
        }
        if rest.count == 1 { return rest.first == UInt8(ascii: "Z") || rest.first == UInt8(ascii: "z") }
        guard rest.count == 6, rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-"),
            let offsetHour = digits(rest, 1, 2), rest[rest.startIndex + 3] == UInt8(ascii: ":"),
            let offsetMinute = digits(rest, 4, 2)
        else { return false }
        return offsetHour <= 23 && offsetMinute <= 59
    }

    /// `8-4-4-4-12` hexadecimal digits.
    static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                let isHex =
                    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
                guard isHex else { return false }
            }
        }
        return true
    }

    /// The decimal number written in `count` ASCII digits at `offset`, or nil.
    private static func digits(_ bytes: ArraySlice<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        var value = 0
        for index in 0..<count {
            let byte = bytes[bytes.startIndex + offset + index]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
