import SpecModel

/// Why a value does not match a schema, and where inside the value.
public struct SchemaValueFailure: Sendable, Equatable {
    /// Member names and array indexes from the root of the value to the offending part; empty for the root.
    public var path: [String]
    /// What is wrong, in the diagnostics tone ("expected integer, found string").
    public var message: String
    /// Whether the finding is about the member name at the end of `path` (an unexpected property) rather than
    /// its value.
    public var isAboutKey: Bool

    /// Creates a failure.
    public init(path: [String], message: String, isAboutKey: Bool = false) {
        self.path = path
        self.message = message
        self.isAboutKey = isAboutKey
    }

    /// The path as a JSON pointer (`/items/0/id`); empty for the whole value.
    public var pointer: String { JSONPointer(tokens: path).description }

    /// The message with its place: "at '/items/0/id': expected integer, found string", or the bare message
    /// for the whole value.
    public var description: String { path.isEmpty ? message : "at '\(pointer)': \(message)" }

    /// The node of `root` the failure points at: the offending value, or the member's key for `isAboutKey`.
    /// Falls back to the nearest enclosing node when the path leaves the tree.
    public func node(in root: Node) -> Node {
        var node = root
        for (index, token) in path.enumerated() {
            if isAboutKey, index == path.count - 1, let entry = node.entry(token) { return entry.key }
            guard let next = node.resolve(JSONPointer(tokens: [token])) else { return node }
            node = next
        }
        return node
    }
}
