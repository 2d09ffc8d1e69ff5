/// The canonical text of a floating-point number: ECMAScript's `Number.prototype.toString` (the form RFC 8785
/// uses), built from Swift's shortest round-trip digits.
///
/// Integral values below 10^21 print as integers (`1.0` → `1`, `1e3` → `1000`), so every integral value that
/// fits in 2^53 prints exactly as the integer it equals; other values print the shortest digits that read back
/// as the same double, in plain notation between 10^-7 and 10^21 and as `1.5e-7` / `1e+21` outside it.
/// `-0` prints as `0`. NaN and the infinities, which JSON cannot spell, print as `NaN`, `Infinity` and
/// `-Infinity`.
enum CanonicalNumber {
    /// Formats `value`.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return "0" }
        let negative = value < 0
        let (digits, pointPosition) = shortestDigits(abs(value))
        let body = layout(digits: digits, n: pointPosition)
        return negative ? "-" + body : body
    }

    /// The shortest round-trip decimal digits of a finite positive value (no leading or trailing zeros) and
    /// `n` such that the value is `0.d1d2d3... × 10^n`.
    static func shortestDigits(_ value: Double) -> (digits: [UInt8], n: Int) {
        // Swift's description prints the shortest round-trip digits: "1.0", "0.001", "1e-07", "1.5e+20".
        let text = Array(value.description.utf8)
        var mantissa = text[...]
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            mantissa = text[..<e]
            exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
        }
        var digits: [UInt8] = []
        var integerDigits = 0
        var seenPoint = false
        for byte in mantissa {
            if byte == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            digits.append(byte)
            if !seenPoint { integerDigits += 1 }
        }
        var n = integerDigits + exponent
        while let first = digits.first, first == UInt8(ascii: "0") {
            digits.removeFirst()
            n -= 1
        }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, n)
    }

    /// ECMAScript Number::toString steps 6-10 for `k` digits and point position `n`.
    private static func layout(digits: [UInt8], n: Int) -> String {
        let k = digits.count
        var out: [UInt8] = []
        if k <= n && n <= 21 {
            out = digits + [UInt8](repeating: UInt8(ascii: "0"), count: n - k)
        } else if 0 < n && n <= 21 {
            out = Array(digits[..<n]) + [UInt8(ascii: ".")] + Array(digits[n...])
        } else if -6 < n && n <= 0 {
            out = Array("0.".utf8) + [UInt8](repeating: UInt8(ascii: "0"), count: -n) + digits
        } else {
            let exponent = n - 1
            out = [digits[0]]
            if k > 1 { out += [UInt8(ascii: ".")] + Array(digits[1...]) }
            out += Array("e\(exponent < 0 ? "-" : "+")\(abs(exponent))".utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
