import SpecNormalizer

extension StubNaming {
    /// A Swift expression of type `type` (a type expression from this naming, such as `Parameter.type` or
    /// `Content.type`) holding `example`, or nil when none can be written.
    ///
    /// Standard types become literals; enums the matching case (`.available`), or `.init(rawValue:)` for values
    /// they do not list; structs `.init(...)` with their required initializer arguments taken from the example
    /// object (optional ones are left to their defaults, so samples stay short); choices the first alternative
    /// that can hold the value; arrays and dictionaries their literals. Free-form values and binary payloads have
    /// no literal, nor has a value deeper than a few levels.
    public func literal(_ example: JSONValue, type: String) -> String? {
        literal(example, type: type, scope: [], depth: 0)
    }

    /// How many structs deep a literal goes.
    private static let maximumDepth = 4

    private func literal(_ value: JSONValue, type: String, scope: [TypeDecl], depth: Int) -> String? {
        guard depth <= Self.maximumDepth else { return nil }
        if type.hasSuffix("?") {
            if value == .null { return "nil" }
            return literal(value, type: String(type.dropLast()), scope: scope, depth: depth)
        }
        switch (type, value) {
        case ("Swift.String", .string(let text)): return SwiftLiteral.string(text)
        case ("Swift.Bool", .bool(let flag)): return flag ? "true" : "false"
        case ("Swift.Int", .int(let number)), ("Swift.Int64", .int(let number)): return String(number)
        case ("Swift.Int32", .int(let number)): return Int32(exactly: number).map { String($0) }
        case ("Swift.Double", .int(let number)), ("Swift.Float", .int(let number)): return String(number)
        case ("Swift.Double", .double(let number)), ("Swift.Float", .double(let number)):
            return number.isFinite ? SwiftLiteral.number(number, integer: false) : nil
        case ("Foundation.Date", _): return "Foundation.Date()"
        case ("Foundation.Data", _): return "Foundation.Data()"
        default: break
        }
        if type.hasPrefix("[") && type.hasSuffix("]") {
            return collectionLiteral(value, inner: String(type.dropFirst().dropLast()), scope: scope, depth: depth)
        }
        guard let (decl, declScope) = declaration(named: type, scope: scope) else { return nil }
        switch decl {
        case .alias(let alias):
            return literal(value, type: alias.type, scope: declScope, depth: depth)
        case .enumeration(let enumeration):
            let raw: String
            switch value {
            case .string(let text) where enumeration.rawType == "Swift.String": raw = SwiftLiteral.string(text)
            case .int(let number) where enumeration.rawType == "Swift.Int": raw = String(number)
            default: return nil
            }
            return enumeration.cases.first { $0.literal == raw }.map { "." + $0.name } ?? ".init(rawValue: \(raw))"
        case .structure(let structure):
            guard case .object(let members) = value else { return nil }
            let inner = structure.nested + declScope
            var arguments: [String] = []
            for property in structure.properties where !property.isOptional && property.defaultValue == nil {
                guard let member = members[property.key],
                    let argument = literal(member, type: property.type, scope: inner, depth: depth + 1)
                else { return nil }
                arguments.append("\(SwiftName.argumentLabel(property.name)): \(argument)")
            }
            return ".init(" + arguments.joined(separator: ", ") + ")"
        case .choice(let choice):
            // The first alternative that can hold the value.
            let inner = choice.nested + declScope
            for alternative in choice.cases {
                if let payload = literal(value, type: alternative.type, scope: inner, depth: depth + 1) {
                    return ".\(alternative.name)(\(payload))"
                }
            }
            return nil
        }
    }

    /// `[a, b]` for `[T]`, `["key": value]` for `[Swift.String: T]`.
    private func collectionLiteral(_ value: JSONValue, inner: String, scope: [TypeDecl], depth: Int) -> String? {
        let dictionaryPrefix = "Swift.String: "
        if inner.hasPrefix(dictionaryPrefix) {
            guard case .object(let members) = value else { return nil }
            if members.isEmpty { return "[:]" }
            let valueType = String(inner.dropFirst(dictionaryPrefix.count))
            var entries: [String] = []
            for key in members.keys.sorted() {
                guard let entry = literal(members[key]!, type: valueType, scope: scope, depth: depth + 1) else {
                    return nil
                }
                entries.append(SwiftLiteral.string(key) + ": " + entry)
            }
            return "[" + entries.joined(separator: ", ") + "]"
        }
        guard case .array(let items) = value else { return nil }
        var elements: [String] = []
        for item in items {
            guard let element = literal(item, type: inner, scope: scope, depth: depth + 1) else { return nil }
            elements.append(element)
        }
        return "[" + elements.joined(separator: ", ") + "]"
    }

    /// The declaration a type expression names, with the declarations its own type expressions may name
    /// unqualified: a component (`Schemas.Pet`), a type nested in an operation (`Operations.CreatePet.Body`), or
    /// a type nested in an enclosing declaration (`Owner`, in `scope`).
    private func declaration(named type: String, scope: [TypeDecl]) -> (TypeDecl, [TypeDecl])? {
        let parts = type.split(separator: ".").map { SwiftName.bare(String($0)) }
        if parts.count == 2, parts[0] == "Schemas", let name = schemasBySwiftName[parts[1]] {
            let decls = types.declaration(of: name)
            return decls.first { SwiftName.bare($0.name) == parts[1] }.map { ($0, decls) }
        }
        if parts.count == 3, parts[0] == "Operations", let index = declarationsByTypeName[parts[1]] {
            let nested = declarations[index].nested
            return nested.first { SwiftName.bare($0.name) == parts[2] }.map { ($0, nested) }
        }
        if parts.count == 1 {
            return scope.first { SwiftName.bare($0.name) == SwiftName.bare(type) }.map { ($0, scope) }
        }
        return nil
    }
}
