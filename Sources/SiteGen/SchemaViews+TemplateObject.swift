import TemplateEngine

// How schema pages and trees answer `schema.html` and `partials/_schema-tree.html` (see
// SiteViews+TemplateObject).

extension SchemaNodeView: TemplateObject {
    /// Keys of `partials/_schema-tree.html`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "anchor": .text(anchor)
        case "type": .text(type)
        case "required": .flag(required)
        case "badges": .texts(badges)
        case "description": .text(description)
        case "constraints": .texts(constraints)
        case "hasEnum": .flag(hasEnum)
        case "enumValues": .texts(enumValues)
        case "hasDefault": .flag(hasDefault)
        case "defaultValue": .text(defaultValue)
        case "hasExample": .flag(hasExample)
        case "example": .text(example)
        case "children": .objects(children)
        case "hasChildren": .flag(hasChildren)
        case "open": .flag(open)
        default: nil
        }
    }
}

extension SchemaView: TemplateObject {
    /// Keys of `schema.html`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "tree": .object(tree)
        case "hasUsedBy": .flag(hasUsedBy)
        case "hasUsedByOperations": .flag(!usedByOperations.isEmpty)
        case "usedByOperations": .objects(usedByOperations)
        case "hasUsedBySchemas": .flag(!usedBySchemas.isEmpty)
        case "usedBySchemas": .objects(usedBySchemas)
        case "example": .text(example)
        default: nil
        }
    }
}
