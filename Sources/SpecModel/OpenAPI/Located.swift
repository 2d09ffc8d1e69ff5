import SpecDiagnostics

/// A value read from the document together with where it was written.
public struct Located<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Where it was written.
    public var span: SourceSpan

    /// Wraps a value and its place.
    public init(_ value: Value, at span: SourceSpan) {
        self.value = value
        self.span = span
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// An entry of a map whose keys the user chose (component names, property names, path templates).
public struct Named<Value: Sendable>: Sendable {
    /// The key as written.
    public var name: String
    /// Where the key was written.
    public var nameSpan: SourceSpan
    /// The value.
    public var value: Value

    /// Creates an entry.
    public init(name: String, nameSpan: SourceSpan, value: Value) {
        self.name = name
        self.nameSpan = nameSpan
        self.value = value
    }
}
