import PageParser
import SpecNormalizer

/// Builds expandable schema trees: named schemas are linked and expanded a few levels deep, cycles are cut,
/// and a node budget keeps pages of huge specs small.
struct SchemaTreeBuilder {
    let api: API
    let routes: SiteRoutes
    /// How many named schemas deep a tree expands.
    var maxNamedDepth = 3
    /// Nodes per tree before the rest is only linked.
    var nodeBudget = 300

    /// The page's `../` prefix, for links to schema pages.
    var root = ""
    private(set) var schemasByName: [SchemaName: NormalizedSchema]

    init(api: API, routes: SiteRoutes) {
        self.api = api
        self.routes = routes
        schemasByName = Dictionary(api.schemas.map { ($0.name, $0.schema) }, uniquingKeysWith: { first, _ in first })
    }

    /// Nodes per operation page, shared by all its trees, so an operation with many large bodies stays small.
    var pageBudget = 250
    /// Description bytes that cost one more node of the budget (long prose makes a node heavy).
    var descriptionBytesPerNode = 80

    /// The tree of `use`, its anchors prefixed with `prefix` and made unique in `anchors`.
    func tree(_ use: SchemaUse, prefix: String, root: String, anchors: inout AnchorSet) -> SchemaNodeView {
        var pageBudget = nodeBudget
        return tree(use, prefix: prefix, root: root, anchors: &anchors, pageBudget: &pageBudget)
    }

    /// The tree of `use`, spending at most `nodeBudget` of what is left of `pageBudget`.
    func tree(_ use: SchemaUse, prefix: String, root: String, anchors: inout AnchorSet, pageBudget: inout Int)
        -> SchemaNodeView
    {
        let start = min(nodeBudget, max(pageBudget, 1))
        var budget = start
        var builder = self
        builder.root = root
        let tree = builder.node(use, name: "", path: prefix, required: false, depth: 0, visiting: [], budget: &budget, anchors: &anchors)
        pageBudget -= start - budget
        return tree
    }

    private func node(
        _ use: SchemaUse, name: String, path: String, required: Bool, depth: Int, visiting: Set<SchemaName>,
        budget: inout Int, anchors: inout AnchorSet
    ) -> SchemaNodeView {
        budget -= 1
        var visiting = visiting
        var namedDepth = depth
        let schema: NormalizedSchema
        var typeHTML: String
        var expand = budget > 0
        switch use {
        case .named(let schemaName):
            schema = schemasByName[schemaName] ?? NormalizedSchema()
            typeHTML = link(schemaName)
            let summary = typeText(schema)
            if !summary.isEmpty { typeHTML += " <span class=\"type-detail\">\(HTML.escape(summary))</span>" }
            expand = expand && !visiting.contains(schemaName) && depth < maxNamedDepth
            visiting.insert(schemaName)
            namedDepth += 1
        case .inline(let inline):
            schema = inline
            typeHTML = HTML.escape(typeText(inline))
            if let reference = inline.reference { typeHTML += (typeHTML.isEmpty ? "" : " ") + link(reference) }
        }
        var view = describe(schema, name: name, anchor: anchors.unique(path), type: typeHTML, required: required)
        budget -= view.description.utf8.count / descriptionBytesPerNode
        expand = expand && budget > 0
        view.open = depth == 0
        guard expand else { return view }
        var children: [(String, SchemaUse, Bool)] = []
        for member in schema.allOf { children += properties(of: member) }
        children += schema.properties.map { ($0.name, $0.schema, $0.isRequired) }
        if let items = schema.items { children.append(("items[]", items, false)) }
        for (index, use) in schema.prefixItems.enumerated() { children.append(("[\(index)]", use, false)) }
        if case .schema(let extra)? = schema.additionalProperties { children.append(("{key}", extra, false)) }
        for (index, use) in schema.oneOf.enumerated() { children.append(("one of #\(index + 1)", use, false)) }
        for (index, use) in schema.anyOf.enumerated() { children.append(("any of #\(index + 1)", use, false)) }
        for (index, use) in schema.allOf.enumerated() where properties(of: use).isEmpty {
            children.append(("all of #\(index + 1)", use, false))
        }
        view.children = children.map { childName, childUse, childRequired in
            node(
                childUse, name: childName, path: path + "." + Slug.make(childName), required: childRequired,
                depth: namedDepth, visiting: visiting, budget: &budget, anchors: &anchors)
        }
        view.hasChildren = !view.children.isEmpty
        return view
    }

    /// Properties an `allOf` member contributes, flattened one level.
    private func properties(of use: SchemaUse) -> [(String, SchemaUse, Bool)] {
        let schema: NormalizedSchema? =
            switch use {
            case .named(let name): schemasByName[name]
            case .inline(let inline): inline
            }
        return schema?.properties.map { ($0.name, $0.schema, $0.isRequired) } ?? []
    }

    private func link(_ name: SchemaName) -> String {
        guard let url = routes.schemas[name] else { return HTML.escape(name.rawValue) }
        return "<a href=\"\(root)\(HTML.escape(url))\">\(HTML.escape(name.rawValue))</a>"
    }

    /// `string (date-time)`, `array of Pet`, `integer | null`.
    func typeText(_ schema: NormalizedSchema) -> String {
        var types = schema.types.filter { $0 != "null" }
        if types == ["array"], let items = schema.items {
            switch items {
            case .named(let name): types = ["array of \(name.rawValue)"]
            case .inline(let inline): types = ["array of \(typeText(inline).isEmpty ? "any" : typeText(inline))"]
            }
        }
        if types.isEmpty && !schema.properties.isEmpty { types = ["object"] }
        if types.isEmpty && !schema.oneOf.isEmpty { types = ["one of"] }
        if types.isEmpty && !schema.anyOf.isEmpty { types = ["any of"] }
        var text = types.joined(separator: " | ")
        if let format = schema.format { text += " (\(format))" }
        if schema.nullable { text += text.isEmpty ? "null" : " | null" }
        if let boolean = schema.booleanSchema { text = boolean ? "any" : "never" }
        return text
    }
}
