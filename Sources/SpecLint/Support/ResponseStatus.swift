/// What a key of a Responses Object means, read from the key's text (YAML reads `200` as an integer, but the
/// text is what the specification defines).
enum ResponseStatus: Sendable, Equatable {
    /// `default`.
    case defaultResponse
    /// A status code from 100 to 599.
    case code(Int)
    /// A range `1XX` to `5XX`; the value is the class digit.
    case range(Int)
    /// A range written with lower-case `xx` (`2xx`): the specification spells it with upper-case `X`.
    case lowercaseRange(Int)
    /// Anything else.
    case invalid

    /// Reads a key.
    init(key: String) {
        let characters = Array(key.utf8)
        if key == "default" {
            self = .defaultResponse
            return
        }
        guard characters.count == 3, let first = characters.first, first >= UInt8(ascii: "1"),
            first <= UInt8(ascii: "5")
        else {
            self = .invalid
            return
        }
        let digit = Int(first - UInt8(ascii: "0"))
        let tail = characters.dropFirst()
        if tail.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let code = Int(key) {
            self = .code(code)
        } else if tail.allSatisfy({ $0 == UInt8(ascii: "X") }) {
            self = .range(digit)
        } else if tail.allSatisfy({ $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") }) {
            self = .lowercaseRange(digit)
        } else {
            self = .invalid
        }
    }

    /// Whether the key names a successful outcome (2XX or 3XX, as a code or a range).
    var isSuccess: Bool {
        switch self {
        case .code(let code): (200...399).contains(code)
        case .range(let digit), .lowercaseRange(let digit): digit == 2 || digit == 3
        case .defaultResponse, .invalid: false
        }
    }
}
