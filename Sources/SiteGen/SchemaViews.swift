/// One node of an expandable schema tree: a property, an array's items or a variant, with its children.
public struct SchemaNodeView: Sendable {
    /// Property name or a label such as `items[]` (HTML); empty for the root.
    public var name: String
    /// The `id` of this node, for deep links (`request.owner.id`).
    public var anchor: String
    /// Type text, possibly linking to a schema page (HTML with root-relative `{{{root}}}` links).
    public var type: String
    /// Whether the property is required.
    public var required: Bool
    /// Badges such as `read-only`, `deprecated`, `nullable` (HTML).
    public var badges: [String]
    /// Description (HTML).
    public var description: String
    /// Constraints (`min length 1`, `pattern ^a`) (HTML).
    public var constraints: [String]
    /// Whether `enumValues` is not empty.
    public var hasEnum: Bool
    /// Allowed values, as JSON (HTML).
    public var enumValues: [String]
    /// Whether there is a default.
    public var hasDefault: Bool
    /// Default, as JSON (HTML).
    public var defaultValue: String
    /// Whether there is an example.
    public var hasExample: Bool
    /// First example, as JSON (HTML).
    public var example: String
    /// Properties, items, variants.
    public var children: [SchemaNodeView]
    /// Whether `children` is not empty.
    public var hasChildren: Bool
    /// Whether the `<details>` starts open (the first level).
    public var open: Bool
}

/// A component schema page.
public struct SchemaView: Sendable {
    /// The schema name (HTML).
    public var name: String
    /// The anchor-free tree of the schema.
    public var tree: SchemaNodeView
    /// Whether any operation or schema uses it.
    public var hasUsedBy: Bool
    /// Operations using it, directly or through other schemas.
    public var usedByOperations: [LinkView]
    /// Schemas referring to it directly.
    public var usedBySchemas: [LinkView]
    /// An example, as JSON (HTML).
    public var example: String
}
