import Foundation

/// Serializes JSON objects the way every machine format of `validate` prints them.
///
/// The output is compact (no whitespace between tokens) with keys sorted, so it is byte-for-byte
/// deterministic and the same on every platform (Foundation's pretty printer writes `"key" : value` on
/// some platforms and `"key": value` on others). Slashes are not escaped, so paths and URLs read as
/// written. One newline ends the document.
enum JSONText {
    /// The JSON text of `object` (dictionaries, arrays, strings, integers and `NSNull` only).
    static func encode(_ object: Any) -> String {
        do {
            let data = try JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            // The renderers only build dictionaries, arrays, strings and integers, which always serialize.
            preconditionFailure("unserializable JSON object: \(error)")
        }
    }

    /// `value`, or JSON `null` when it is nil.
    static func orNull(_ value: Any?) -> Any { value ?? NSNull() }
}
