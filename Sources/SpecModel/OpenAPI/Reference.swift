import SpecDiagnostics

/// The place a `$ref` points to: a loaded file and a JSON pointer inside it.
public struct RefTarget: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file holding the target.
    public var file: FileID
    /// Where in that file.
    public var pointer: JSONPointer

    /// Creates a target.
    public init(file: FileID, pointer: JSONPointer) {
        self.file = file
        self.pointer = pointer
    }

    public static func < (lhs: RefTarget, rhs: RefTarget) -> Bool {
        (lhs.file, lhs.pointer) < (rhs.file, rhs.pointer)
    }

    public var description: String { "file \(file.rawValue)#\(pointer)" }
}

/// A `$ref` as written, with the target it resolved to.
public struct Reference: Hashable, Sendable {
    /// The `$ref` value as written (`./schemas/Pet.yaml#/Pet`).
    public var text: String
    /// Where the `$ref` value was written.
    public var span: SourceSpan
    /// The resolved target; nil when it could not be resolved (the loader has reported why).
    public var target: RefTarget?

    /// Creates a reference.
    public init(text: String, span: SourceSpan, target: RefTarget?) {
        self.text = text
        self.span = span
        self.target = target
    }
}

/// A slot that holds either an inline object or a `$ref` to one.
///
/// References stay references in the model, so recursive schemas are represented without being followed.
public indirect enum Referenceable<Value: Sendable>: Sendable {
    /// A `$ref` to an object of this kind.
    case reference(Reference)
    /// An object written in place.
    case value(Value)

    /// The inline value, if any.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// The reference, if any.
    public var reference: Reference? {
        if case .reference(let reference) = self { return reference }
        return nil
    }
}
