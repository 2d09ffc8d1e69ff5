import TemplateEngine

/// Template views of type declarations (`Templates/swift/type.mustache` and the partials it includes).
///
/// Each view answers the keys its template reads; `access` (`public`, `package`, `internal`) comes from the
/// file view lower on the context stack.
struct TypeDeclView: TemplateObject {
    let decl: TypeDecl

    func value(forKey key: String) -> TemplateValue? {
        switch (key, decl) {
        case ("structure", .structure(let structure)): .object(StructView(decl: structure))
        case ("enumeration", .enumeration(let enumeration)): .object(EnumView(decl: enumeration))
        case ("choice", .choice(let choice)): .object(ChoiceView(decl: choice))
        case ("alias", .alias(let alias)): .object(AliasView(decl: alias))
        // The other kinds answer false so the lookup does not climb to an enclosing declaration.
        case ("structure", _), ("enumeration", _), ("choice", _), ("alias", _): .flag(false)
        default: nil
        }
    }

    /// Doc lines as template texts (`" text"` or `""`, after `///`).
    static func doc(_ lines: [String]) -> TemplateValue {
        .list(lines.map { .text($0.isEmpty ? "" : " " + $0) })
    }
}

struct StructView: TemplateObject {
    let decl: StructDecl

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(decl.name)
        // Deprecation is a doc note on types: `@available(*, deprecated)` would warn inside the generated
        // code that still has to use them.
        case "doc": TypeDeclView.doc(decl.doc + (decl.deprecated ? (decl.doc.isEmpty ? [] : [""]) + ["- Deprecated."] : []))
        case "deprecated": .flag(false)
        case "nested": .list(decl.nested.map { .object(TypeDeclView(decl: $0)) })
        case "properties":
            .list(decl.properties.enumerated().map { index, property in
                .object(PropertyView(property: property, last: index == decl.properties.count - 1))
            })
        case "encodedProperties":
            // In JSON key order (UTF-8 bytes), the order sorted-key JSON writes them in: `SpeccJSONWriter` then
            // appends them as they come and never has to reorder.
            .list(decl.properties.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.enumerated().map { index, property in
                .object(PropertyView(property: property, last: index == decl.properties.count - 1))
            })
        case "parameters":
            .list(parameters.enumerated().map { index, parameter in
                .object(ParameterView(parameter: parameter, last: index == parameters.count - 1))
            })
        case "hasProperties": .flag(!parameters.isEmpty)
        case "hasEncodedProperties": .flag(!decl.properties.isEmpty || decl.additionalType != nil)
        case "additionalType": decl.additionalType.map { .text($0) } ?? .flag(false)
        case "closed": .flag(decl.isClosed)
        default: nil
        }
    }

    /// Memberwise initializer parameters: every property, then the extra properties.
    private var parameters: [(name: String, type: String, defaultValue: String?)] {
        var result = decl.properties.map { property in
            (
                name: property.name, type: property.type + (property.isOptional ? "?" : ""),
                defaultValue: property.defaultValue ?? (property.isOptional ? "nil" : nil)
            )
        }
        if let additional = decl.additionalType {
            result.append((name: "additionalProperties", type: "[Swift.String: \(additional)]", defaultValue: "[:]"))
        }
        return result
    }
}

struct ParameterView: TemplateObject {
    let parameter: (name: String, type: String, defaultValue: String?)
    let last: Bool

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(parameter.name)
        case "type": .text(parameter.type)
        case "defaultValue": parameter.defaultValue.map { .text($0) } ?? .flag(false)
        case "last": .flag(last)
        default: nil
        }
    }
}

struct PropertyView: TemplateObject {
    let property: PropertyDecl
    let last: Bool

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(property.name)
        case "bareName": .text(SwiftName.bare(property.name))
        case "key": .text(SwiftLiteral.string(property.key))
        case "type": .text(property.type)
        case "optional": .flag(property.isOptional)
        case "required": .flag(property.isRequired)
        case "defaultValue": property.defaultValue.map { .text($0) } ?? .flag(false)
        case "doc": TypeDeclView.doc(property.doc + (property.deprecated ? (property.doc.isEmpty ? [] : [""]) + ["- Deprecated."] : []))
        case "deprecated": .flag(false)
        case "boxed": .flag(property.boxed)
        case "store": .text(property.boxed ? "_" + SwiftName.bare(property.name) : property.name)
        case "wrapOpen": .text(property.boxed ? (property.isOptional ? "(" : "SpeccBox(") : "")
        case "wrapClose": .text(property.boxed ? (property.isOptional ? ").map { SpeccBox($0) }" : ")") : "")
        case "hasChecks": .flag(!property.checks.isEmpty)
        case "checks": .list(property.checks.map { .text($0) })
        case "last": .flag(last)
        default: nil
        }
    }
}

struct EnumView: TemplateObject {
    let decl: EnumDecl

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(decl.name)
        case "doc": TypeDeclView.doc(decl.doc)
        case "rawType": .text(decl.rawType)
        case "unknownCase": .text(decl.unknownCase)
        case "cases":
            .list(decl.cases.map { .object(TemplateDictionary(["name": .text($0.name), "literal": .text($0.literal)])) })
        default: nil
        }
    }
}

struct ChoiceView: TemplateObject {
    let decl: ChoiceDecl

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(decl.name)
        case "doc": TypeDeclView.doc(decl.doc)
        case "nested": .list(decl.nested.map { .object(TypeDeclView(decl: $0)) })
        case "cases":
            .list(decl.cases.map { .object(TemplateDictionary(["name": .text($0.name), "type": .text($0.type)])) })
        case "discriminator":
            decl.discriminator.map { discriminator in
                let types = Dictionary(decl.cases.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
                return .object(
                    TemplateDictionary([
                        "property": .text(discriminator.property),
                        "propertyLiteral": .text(SwiftLiteral.string(discriminator.property)),
                        "values": .list(discriminator.values.map { entry in
                            .object(TemplateDictionary([
                                "valueLiteral": .text(SwiftLiteral.string(entry.value)), "caseName": .text(entry.caseName),
                                "type": .text(types[entry.caseName] ?? "OpenAPIRuntime.OpenAPIObjectContainer"),
                            ]))
                        }),
                    ]))
            } ?? .flag(false)
        default: nil
        }
    }
}

struct AliasView: TemplateObject {
    let decl: AliasDecl

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(decl.name)
        case "doc": TypeDeclView.doc(decl.doc)
        case "type": .text(decl.type)
        default: nil
        }
    }
}
