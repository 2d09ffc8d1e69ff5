import SpecDiagnostics

/// One node of a parsed YAML or JSON document, located in its source file.
///
/// Nodes are immutable reference values: a YAML alias shares the node its anchor names, so a document that
/// aliases one mapping a thousand times holds it once, and `expandedSize` says how big it would be unshared.
public final class Node: Sendable {
    /// A key and its value in a mapping.
    public struct Entry: Sendable {
        /// The key node (a scalar in every document we accept).
        public let key: Node
        /// The value node.
        public let value: Node
        /// The key's text; empty for a non-scalar key.
        public let name: String

        /// Creates an entry.
        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
            self.name = key.scalar?.text ?? ""
        }
    }

    /// What the node holds.
    public enum Content: Sendable {
        /// A scalar value.
        case scalar(Scalar)
        /// Key/value pairs in document order.
        case mapping([Entry])
        /// Items in document order.
        case sequence([Node])
    }

    /// What the node holds.
    public let content: Content
    /// Where it is written.
    public let span: SourceSpan
    /// Number of nodes in this subtree counting every alias as a full copy; bounds the work of later walks.
    public let expandedSize: Int
    /// Key → entry index, built for large mappings only so small ones stay cheap.
    private let keyIndex: [String: Int]?

    private static let indexThreshold = 12

    /// Creates a scalar node.
    public init(scalar: Scalar, span: SourceSpan) {
        self.content = .scalar(scalar)
        self.span = span
        self.expandedSize = 1
        self.keyIndex = nil
    }

    /// Creates a mapping node; with duplicate keys the first entry wins lookups (duplicates are reported by
    /// the reader that built it).
    public init(mapping entries: [Entry], span: SourceSpan) {
        self.content = .mapping(entries)
        self.span = span
        var size = 1
        for entry in entries { size &+= entry.value.expandedSize &+ 1 }
        self.expandedSize = size
        if entries.count > Node.indexThreshold {
            var index = [String: Int](minimumCapacity: entries.count)
            for (offset, entry) in entries.enumerated() where index[entry.name] == nil { index[entry.name] = offset }
            self.keyIndex = index
        } else {
            self.keyIndex = nil
        }
    }

    /// Creates a sequence node.
    public init(sequence items: [Node], span: SourceSpan) {
        self.content = .sequence(items)
        self.span = span
        var size = 1
        for item in items { size &+= item.expandedSize }
        self.expandedSize = size
        self.keyIndex = nil
    }

    /// The scalar, when the node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The entries, when the node is a mapping.
    public var entries: [Entry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The items, when the node is a sequence.
    public var items: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The string value, when the node is a text scalar.
    public var string: String? { scalar?.string }

    /// Whether the node is a mapping.
    public var isMapping: Bool {
        if case .mapping = content { return true }
        return false
    }

    /// The entry for `key` in a mapping.
    public func entry(_ key: String) -> Entry? {
        guard case .mapping(let entries) = content else { return nil }
        if let keyIndex {
            guard let offset = keyIndex[key] else { return nil }
            return entries[offset]
        }
        for entry in entries where entry.name == key { return entry }
        return nil
    }

    /// The value for `key` in a mapping.
    public subscript(key: String) -> Node? { entry(key)?.value }

    /// A short name of the node's type as messages print it: `object`, `array`, `string`, `integer`...
    public var typeName: String {
        switch content {
        case .mapping: "object"
        case .sequence: "array"
        case .scalar(let scalar): scalar.typeName
        }
    }
}
