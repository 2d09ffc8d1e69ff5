import SpecModel

extension SchemaValueValidator {
    /// `type`: one name, or several (3.1); unknown names turn the check off.
    func checkType(_ value: SchemaValue, _ schema: Schema, _ path: [String]) -> SchemaValueFailure? {
        guard !schema.types.isEmpty else { return nil }
        var matched = false
        for type in schema.types {
            switch type.value {
            case "null": if case .null = value { matched = true }
            case "boolean": if case .bool = value { matched = true }
            case "integer": if value.isIntegral { matched = true }
            case "number": if value.doubleValue != nil { matched = true }
            case "string": if case .string = value { matched = true }
            case "array": if case .array = value { matched = true }
            case "object": if case .object = value { matched = true }
            default: return nil
            }
            if matched { return nil }
        }
        let expected = schema.types.map(\.value).joined(separator: " or ")
        return SchemaValueFailure(path: path, message: "expected \(expected), found \(value.typeName)")
    }

    /// `enum`: the value must equal one of the entries.
    func checkEnum(_ value: SchemaValue, _ schema: Schema, _ path: [String]) -> SchemaValueFailure? {
        guard let entries = enumValues(schema), !entries.isEmpty else { return nil }
        if entries.contains(where: { $0.isEqual(to: value) }) { return nil }
        let shown = entries.prefix(5).map(\.shortDescription).joined(separator: ", ")
        let more = entries.count > 5 ? ", ..." : ""
        return SchemaValueFailure(
            path: path, message: "expected one of \(shown)\(more), found \(value.shortDescription)")
    }

    /// `minimum`, `maximum`, both `exclusive` forms (3.0 booleans, 3.1 numbers) and `multipleOf`.
    func checkNumber(_ value: SchemaValue, _ schema: Schema, _ path: [String]) -> SchemaValueFailure? {
        guard let number = value.doubleValue else { return nil }
        func fail(_ relation: String, _ bound: Double) -> SchemaValueFailure {
            SchemaValueFailure(
                path: path,
                message: "expected a value \(relation) \(SchemaValue.number(bound).shortDescription), "
                    + "found \(value.shortDescription)")
        }
        let exclusiveMinimum = schema.exclusiveMinimum?.scalar?.value
        let exclusiveMaximum = schema.exclusiveMaximum?.scalar?.value
        if let minimum = schema.minimum?.value {
            if exclusiveMinimum == .bool(true) {
                if !(number > minimum) { return fail(">", minimum) }
            } else if !(number >= minimum) {
                return fail(">=", minimum)
            }
        }
        if let maximum = schema.maximum?.value {
            if exclusiveMaximum == .bool(true) {
                if !(number < maximum) { return fail("<", maximum) }
            } else if !(number <= maximum) {
                return fail("<=", maximum)
            }
        }
        if let bound = exclusiveMinimum.flatMap(SchemaValueValidator.number), !(number > bound) {
            return fail(">", bound)
        }
        if let bound = exclusiveMaximum.flatMap(SchemaValueValidator.number), !(number < bound) {
            return fail("<", bound)
        }
        if let divisor = schema.multipleOf?.value, divisor > 0, !SchemaValueValidator.isMultiple(value, of: divisor) {
            return SchemaValueFailure(
                path: path,
                message: "expected a multiple of \(SchemaValue.number(divisor).shortDescription), "
                    + "found \(value.shortDescription)")
        }
        return nil
    }

    private static func number(_ value: Scalar.Value) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .double(let number): number
        default: nil
        }
    }

    /// Exact for integers; for other numbers, within a relative tolerance of 1e-9 (`0.3` is a multiple of
    /// `0.1` although binary floating point disagrees).
    static func isMultiple(_ value: SchemaValue, of divisor: Double) -> Bool {
        if case .integer(let integer) = value, divisor.rounded(.towardZero) == divisor, divisor < 9e18 {
            return integer % Int64(divisor) == 0
        }
        guard let number = value.doubleValue else { return true }
        let quotient = number / divisor
        guard quotient.isFinite else { return true }
        return abs(quotient - quotient.rounded()) <= 1e-9 * max(1, abs(quotient))
    }

    /// `minLength`, `maxLength` (counted in Unicode code points, as JSON Schema does) and `pattern`.
    func checkString(_ text: String, _ value: SchemaValue, _ schema: Schema, _ path: [String]) -> SchemaValueFailure? {
        let length = text.unicodeScalars.count
        if let minimum = schema.minLength?.value, length < minimum {
            return SchemaValueFailure(
                path: path,
                message: "expected at least \(minimum) characters, found \(length) in \(value.shortDescription)")
        }
        if let maximum = schema.maxLength?.value, length > maximum {
            return SchemaValueFailure(
                path: path,
                message: "expected at most \(maximum) characters, found \(length) in \(value.shortDescription)")
        }
        if let pattern = schema.pattern?.value, patterns.matches(pattern, text) == false {
            return SchemaValueFailure(
                path: path, message: "expected a string matching '\(pattern)', found \(value.shortDescription)")
        }
        return nil
    }

    /// `minItems`, `maxItems`, `uniqueItems`, `prefixItems`, `items` and `contains`.
    func checkArray(
        _ items: [SchemaValue], _ schema: Schema, _ path: inout [String], depth: Int
    ) -> SchemaValueFailure? {
        if let minimum = schema.minItems?.value, items.count < minimum {
            return SchemaValueFailure(path: path, message: "expected at least \(minimum) items, found \(items.count)")
        }
        if let maximum = schema.maxItems?.value, items.count > maximum {
            return SchemaValueFailure(path: path, message: "expected at most \(maximum) items, found \(items.count)")
        }
        if schema.uniqueItems?.value == true {
            for later in items.indices {
                if let earlier = items[..<later].firstIndex(where: { $0.isEqual(to: items[later]) }) {
                    return SchemaValueFailure(
                        path: path + [String(later)],
                        message: "expected unique items, found a repeat of item \(earlier)")
                }
            }
        }
        for (index, item) in items.enumerated() {
            let slot = index < schema.prefixItems.count ? schema.prefixItems[index] : schema.items
            guard let slot, let itemSchema = resolve(slot) else { continue }
            path.append(String(index))
            defer { path.removeLast() }
            if let failure = check(item, itemSchema, &path, depth: depth + 1) { return failure }
        }
        if let contains = schema.contains, let containsSchema = resolve(contains) {
            let found = items.indices.contains { index in
                path.append(String(index))
                defer { path.removeLast() }
                return check(items[index], containsSchema, &path, depth: depth + 1) == nil
            }
            if !found {
                return SchemaValueFailure(path: path, message: "expected at least one item matching 'contains'")
            }
        }
        return nil
    }
}
