import SpecNormalizer

extension TypeBuilder {
    /// A string or integer enum; values it does not list decode into the catch-all case.
    func enumeration(_ schema: NormalizedSchema, named name: String, doc: [String], rawType: String) -> EnumDecl {
        var scope = NameScope(reserved: ["rawValue", "allCases", "init"])
        var cases: [(name: String, literal: String)] = []
        var seen = Set<String>()
        for value in schema.enumValues ?? [] {
            let literal: String
            let raw: String
            switch value {
            case .string(let text):
                // A leading sign is part of the value ("-1" and "+1" are different cases).
                let signed = text.count > 1 && (text.first == "-" || text.first == "+")
                let spelled = signed ? (text.first == "-" ? "minus" : "plus") + text.dropFirst() : text
                (literal, raw) = (SwiftLiteral.string(text), spelled)
            case .int(let number): (literal, raw) = (String(number), number < 0 ? "minus\(-number)" : "_\(number)")
            default: continue
            }
            guard seen.insert(literal).inserted else { continue }
            cases.append((name: scope.claim(SwiftName.member(raw)), literal: literal))
        }
        let unknown = scope.claim("undocumented")
        return EnumDecl(name: name, doc: doc, rawType: rawType, cases: cases, unknownCase: unknown)
    }

    /// `oneOf`/`anyOf`: a case per alternative; with a discriminator, its values pick the case (explicit
    /// mapping first, then each named alternative under its component name).
    func choice(
        _ schema: NormalizedSchema, _ alternatives: [SchemaUse], named name: String, doc: [String], owner: SchemaName?
    ) -> ChoiceDecl {
        var nested: [TypeDecl] = []
        var typeScope = NameScope(reserved: [name])
        var caseScope = NameScope(reserved: ["undocumented"])
        var cases: [(name: String, type: String)] = []
        var caseOfComponent: [SchemaName: String] = [:]
        for (index, alternative) in alternatives.enumerated() {
            let type = typeExpression(
                alternative, hint: "Case\(index + 1)", owner: owner, scope: &typeScope, nested: &nested)
            let caseName: String
            switch alternative {
            case .named(let component):
                caseName = caseScope.claim(SwiftName.member(component.rawValue))
                caseOfComponent[component] = caseName
            case .inline(let inline):
                caseName = caseScope.claim(SwiftName.member(inline.title ?? caseLabel(for: type.expression, index: index)))
            }
            cases.append((name: caseName, type: type.expression))
        }
        var discriminator: (property: String, values: [(value: String, caseName: String)])?
        if let source = schema.discriminator {
            var values: [(value: String, caseName: String)] = []
            var mapped = Set<SchemaName>()
            for entry in source.mapping {
                guard let caseName = caseOfComponent[entry.schema] else { continue }
                values.append((value: entry.value, caseName: caseName))
                mapped.insert(entry.schema)
            }
            for alternative in alternatives {
                if case .named(let component) = alternative, !mapped.contains(component), let caseName = caseOfComponent[component] {
                    values.append((value: component.rawValue, caseName: caseName))
                }
            }
            discriminator = (property: source.propertyName, values: values)
        }
        return ChoiceDecl(name: name, doc: doc, cases: cases, discriminator: discriminator, nested: nested)
    }

    /// A case label for an unnamed alternative: its type's name (`string`, `int64`, `case2`).
    private func caseLabel(for expression: String, index: Int) -> String {
        switch expression {
        case "Swift.String": "string"
        case "Swift.Int", "Swift.Int32", "Swift.Int64": "integer"
        case "Swift.Double", "Swift.Float": "number"
        case "Swift.Bool": "boolean"
        case "Foundation.Date": "date"
        case "Foundation.Data": "data"
        default: expression.hasPrefix("[") ? (expression.contains(": ") ? "object" : "array") : "case\(index + 1)"
        }
    }
}
