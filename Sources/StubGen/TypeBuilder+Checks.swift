import SpecNormalizer

extension TypeBuilder {
    /// Validation statements for a property: the schema's own keywords, or those of the component it names
    /// when that component is a constrained primitive. Each statement reads `value`, `key` and `container`.
    func checks(for schema: NormalizedSchema, type: SwiftType, key: String) -> [String] {
        var schema = schema
        if let named = type.named, let component = schemas[named], case .primitive = kind(of: component) {
            schema = component
        }
        var result: [String] = []
        let keyLiteral = SwiftLiteral.string(key)
        let tail = "key: \(keyLiteral), in: container)"
        switch type.expression {
        case "Swift.String":
            if schema.minLength != nil || schema.maxLength != nil {
                result.append("try SpeccCheck.length(value, min: \(optional(schema.minLength)), max: \(optional(schema.maxLength)), \(tail)")
            }
            if let pattern = schema.pattern {
                result.append("try SpeccCheck.pattern(value, \(SwiftLiteral.string(pattern)), \(tail)")
            }
            if case .string(let constant)? = schema.constValue {
                result.append("try SpeccCheck.equals(value, \(SwiftLiteral.string(constant)), description: \(SwiftLiteral.string("\"" + constant + "\"")), \(tail)")
            }
        case "Swift.Int", "Swift.Int32", "Swift.Int64", "Swift.Double", "Swift.Float":
            let integer = type.expression.hasPrefix("Swift.Int")
            let bounds = [schema.minimum, schema.maximum, schema.exclusiveMinimum, schema.exclusiveMaximum]
            if bounds.contains(where: { $0.map { abs($0) < 9.0e15 } ?? false }) {
                let literals = bounds.enumerated().map { index, bound in
                    bound.flatMap { numberLiteral($0, integer: integer, roundUp: index % 2 == 0) } ?? "nil"
                }
                result.append(
                    "try SpeccCheck.range(value, min: \(literals[0]), max: \(literals[1]), exclusiveMin: \(literals[2]), exclusiveMax: \(literals[3]), \(tail)")
            }
            if let divisor = schema.multipleOf, divisor > 0 {
                result.append("try SpeccCheck.multiple(Swift.Double(value), of: \(SwiftLiteral.number(divisor, integer: false)), \(tail)")
            }
        default:
            if type.expression.hasPrefix("[") && !type.expression.contains(": ") {
                if schema.minItems != nil || schema.maxItems != nil {
                    result.append("try SpeccCheck.count(value.count, min: \(optional(schema.minItems)), max: \(optional(schema.maxItems)), \(tail)")
                }
                if schema.uniqueItems {
                    result.append("try SpeccCheck.unique(value, \(tail)")
                }
            }
        }
        return result
    }

    private func optional(_ value: Int?) -> String { value.map(String.init) ?? "nil" }

    /// A bound as a literal of the property's type; fractional bounds on integers round inwards.
    /// Bounds beyond ±2^53 on integers say nothing a 64-bit value could break in practice; they are dropped.
    private func numberLiteral(_ value: Double, integer: Bool, roundUp: Bool) -> String? {
        guard integer else { return SwiftLiteral.number(value, integer: false) }
        let rounded = roundUp ? value.rounded(.up) : value.rounded(.down)
        guard abs(rounded) < 9.0e15 else { return nil }
        return String(Int64(rounded))
    }

    /// A Swift expression for the schema's `default`, when the property's type can spell it.
    func defaultLiteral(for schema: NormalizedSchema, type: String, nested: [TypeDecl]) -> String? {
        guard let value = schema.defaultValue else { return nil }
        switch (type, value) {
        case ("Swift.String", .string(let text)): return SwiftLiteral.string(text)
        case ("Swift.Bool", .bool(let flag)): return flag ? "true" : "false"
        case ("Swift.Int", .int(let number)), ("Swift.Int64", .int(let number)): return String(number)
        case ("Swift.Int32", .int(let number)) where Int64(Int32.min)...Int64(Int32.max) ~= number: return String(number)
        case ("Swift.Double", .int(let number)), ("Swift.Float", .int(let number)): return "\(number).0"
        case ("Swift.Double", .double(let number)) where number.isFinite, ("Swift.Float", .double(let number)) where number.isFinite:
            return "\(number)"
        default:
            // Enum defaults: the case of the value, in a nested enum or a component enum.
            let declaration: EnumDecl? =
                nested.lazy.compactMap { decl -> EnumDecl? in
                    if case .enumeration(let enumeration) = decl, enumeration.name == type { return enumeration }
                    return nil
                }.first
                ?? componentEnum(named: type)
            guard let declaration else { return nil }
            let literal: String
            switch value {
            case .string(let text): literal = SwiftLiteral.string(text)
            case .int(let number): literal = String(number)
            default: return nil
            }
            guard let match = declaration.cases.first(where: { $0.literal == literal }) else { return nil }
            return "." + match.name
        }
    }

    /// The enum declared for component type `Schemas.X`, if it is one.
    private func componentEnum(named qualified: String) -> EnumDecl? {
        guard qualified.hasPrefix("Schemas."),
            let name = swiftNames.first(where: { "Schemas." + $0.value == qualified })?.key,
            let schema = schemas[name], case .enumeration(let rawType) = kind(of: schema)
        else { return nil }
        return enumeration(schema, named: String(qualified.dropFirst(8)), doc: [], rawType: rawType)
    }
}
