import SpecModel

extension SchemaValueValidator {
    /// `minProperties`, `maxProperties`, `required`, `properties`, `patternProperties`,
    /// `additionalProperties` and `propertyNames`.
    func checkObject(
        _ members: [(name: String, value: SchemaValue)], _ schema: Schema, _ path: inout [String], depth: Int
    ) -> SchemaValueFailure? {
        if let minimum = schema.minProperties?.value, members.count < minimum {
            return SchemaValueFailure(
                path: path, message: "expected at least \(minimum) properties, found \(members.count)")
        }
        if let maximum = schema.maxProperties?.value, members.count > maximum {
            return SchemaValueFailure(
                path: path, message: "expected at most \(maximum) properties, found \(members.count)")
        }
        if !schema.required.isEmpty {
            let present = Set(members.map(\.name))
            for name in schema.required where !present.contains(name.value) {
                if let property = schema.property(name.value), let resolved = resolve(property),
                    resolved.readOnly?.value == true || resolved.writeOnly?.value == true
                {
                    continue
                }
                return SchemaValueFailure(path: path, message: "missing required property '\(name.value)'")
            }
        }
        let checksMembers =
            !schema.properties.isEmpty || !schema.patternProperties.isEmpty || schema.additionalProperties != nil
            || schema.propertyNames != nil
        guard checksMembers else { return nil }
        let declared = declaredProperties(of: schema)
        for member in members {
            path.append(member.name)
            defer { path.removeLast() }
            if let failure = checkMember(member.name, member.value, schema, declared, &path, depth: depth) {
                return failure
            }
        }
        return nil
    }

    /// One member of an object: its name against `propertyNames`, its value against the property, the
    /// matching pattern properties, or `additionalProperties`. `path` already ends in the member's name.
    private func checkMember(
        _ name: String, _ value: SchemaValue, _ schema: Schema, _ declared: [String: Referenceable<Schema>],
        _ path: inout [String], depth: Int
    ) -> SchemaValueFailure? {
        if let names = schema.propertyNames, let namesSchema = resolve(names) {
            var namePath: [String] = path
            if var failure = check(.string(name), namesSchema, &namePath, depth: depth + 1) {
                failure.path = path
                failure.isAboutKey = true
                failure.message = "property name '\(name)' does not match 'propertyNames': \(failure.message)"
                return failure
            }
        }
        var matched = false
        if let property = declared[name] {
            matched = true
            if let propertySchema = resolve(property),
                let failure = check(value, propertySchema, &path, depth: depth + 1)
            {
                return failure
            }
        }
        for pattern in schema.patternProperties {
            // A pattern that does not compile may match anything: count it as matching, check nothing.
            guard let isMatch = patterns.matches(pattern.name, name) else {
                matched = true
                continue
            }
            guard isMatch else { continue }
            matched = true
            if let patternSchema = resolve(pattern.value),
                let failure = check(value, patternSchema, &path, depth: depth + 1)
            {
                return failure
            }
        }
        guard !matched else { return nil }
        switch schema.additionalProperties {
        case .allowed(let allowed)? where !allowed.value:
            return SchemaValueFailure(
                path: path, message: "unexpected property '\(name)': 'additionalProperties' is false",
                isAboutKey: true)
        case .schema(let slot)?:
            guard let additional = resolve(slot) else { return nil }
            return check(value, additional, &path, depth: depth + 1)
        default:
            return nil
        }
    }
}
