/// One entry of an operation's `callbacks`: requests the API provider sends back to a URL the caller gave
/// it, described like operations.
public struct NormalizedCallback: Sendable, Hashable, Codable {
    /// How deep callbacks declared inside callback operations are followed; deeper ones are dropped.
    public static let maximumDepth = 4

    /// The callback's key in the operation (`onStatusChange`).
    public var name: String
    /// The callback's operations, in document order; `path` holds the runtime expression
    /// (`{$request.body#/callbackUrl}`).
    public var operations: [NormalizedOperation]

    /// Creates a callback.
    public init(name: String, operations: [NormalizedOperation] = []) {
        self.name = name
        self.operations = operations
    }
}
