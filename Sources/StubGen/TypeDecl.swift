/// A Swift type to declare, before it is turned into a view for a template.
///
/// `TypeBuilder` makes these from schemas; they hold Swift spellings (names, type expressions, literals) that
/// were decided in Swift code, so templates only arrange them.
indirect enum TypeDecl: Sendable {
    case structure(StructDecl)
    case enumeration(EnumDecl)
    case choice(ChoiceDecl)
    case alias(AliasDecl)

    var name: String {
        switch self {
        case .structure(let decl): decl.name
        case .enumeration(let decl): decl.name
        case .choice(let decl): decl.name
        case .alias(let decl): decl.name
        }
    }
}

/// An object schema: a struct with explicit Codable code (defaults, validation, extra properties).
struct StructDecl: Sendable {
    var name: String
    var doc: [String]
    var properties: [PropertyDecl]
    /// Extra properties (`additionalProperties` beside `properties`): the Swift value type.
    var additionalType: String?
    var nested: [TypeDecl]
    var deprecated: Bool
    /// `additionalProperties: false`: decoding refuses members the schema does not name.
    var isClosed = false
}

/// One stored property of a struct.
struct PropertyDecl: Sendable {
    /// The JSON key.
    var key: String
    /// The Swift name (unique in the struct).
    var name: String
    /// The Swift type, without `?`.
    var type: String
    /// Whether the Swift property is optional (not required and no default, or nullable).
    var isOptional: Bool
    /// Whether the schema lists the key in `required` (encoded even when nil, as `null`).
    var isRequired: Bool
    /// A Swift expression for the schema's default, used when the key is absent.
    var defaultValue: String?
    /// Validation calls, each a Swift statement using `value`, `key` and `container`.
    var checks: [String]
    /// Stored through `SpeccBox` because the type contains itself.
    var boxed: Bool
    var doc: [String]
    var deprecated: Bool
}

/// A string or integer enum that keeps values it does not know.
struct EnumDecl: Sendable {
    var name: String
    var doc: [String]
    /// `Swift.String` or `Swift.Int`.
    var rawType: String
    /// Case name and Swift literal of its raw value.
    var cases: [(name: String, literal: String)]
    /// The name of the catch-all case (`undocumented`, unless a value already took it).
    var unknownCase: String
}

/// `oneOf`/`anyOf`: one case per alternative.
struct ChoiceDecl: Sendable {
    var name: String
    var doc: [String]
    var cases: [(name: String, type: String)]
    /// The property that tells alternatives apart, with each value's case; nil: try cases in order.
    var discriminator: (property: String, values: [(value: String, caseName: String)])?
    var nested: [TypeDecl]
}

/// A name for another type (`typealias Id = Swift.String`).
struct AliasDecl: Sendable {
    var name: String
    var doc: [String]
    var type: String
}
