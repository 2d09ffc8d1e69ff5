import SpecDiagnostics
import SpecNormalizer

/// Properties, items and variants: the parts of a schema that hold other schemas.
extension SchemaComparison {
    mutating func compareProperties(_ old: SchemaView, _ new: SchemaView, at path: DiffPath, name: String, depth: Int) {
        guard !old.properties.isEmpty || !new.properties.isEmpty else { return }
        var remaining: [String: SchemaProperty] = [:]
        for property in new.properties { remaining[property.name] = property }
        for before in old.properties {
            let full = name.isEmpty ? before.name : name + "." + before.name
            let place = path.appending(.property(before.name))
            guard let after = remaining.removeValue(forKey: before.name) else {
                if !isHidden(before.schema, in: base) {
                    report(.propertyRemoved, "property '\(full)' removed from \(root)", at: place, side: .base)
                }
                continue
            }
            let (wasRequired, isRequired) = (old.required.contains(before.name), new.required.contains(after.name))
            if !wasRequired, isRequired, !isHidden(after.schema, in: revision) {
                report(.propertyBecameRequired, "property '\(full)' of \(root) became required", at: place)
            } else if wasRequired, !isRequired, !isHidden(after.schema, in: revision) {
                report(.propertyBecameOptional, "property '\(full)' of \(root) became optional", at: place)
            }
            compare(before.schema, after.schema, at: place, name: full, depth: depth)
        }
        for after in new.properties where remaining[after.name] != nil {
            guard !isHidden(after.schema, in: revision) else { continue }
            let full = name.isEmpty ? after.name : name + "." + after.name
            let place = path.appending(.property(after.name))
            if direction == .request, new.required.contains(after.name) {
                report(.requiredPropertyAdded, "required property '\(full)' added to \(root)", at: place)
            } else {
                report(.propertyAdded, "property '\(full)' added to \(root)", at: place)
            }
        }
    }

    /// Whether a property does not travel in this direction: read-only ones are not sent in requests,
    /// write-only ones are not returned in responses.
    private func isHidden(_ use: SchemaUse, in index: SchemaIndex) -> Bool {
        direction == .request ? index.isMarked(use, \.readOnly) : index.isMarked(use, \.writeOnly)
    }

    mutating func compareItems(_ old: SchemaView, _ new: SchemaView, at path: DiffPath, name: String, depth: Int) {
        if old.items != nil || new.items != nil {
            compare(old.items, new.items, at: path.appending(.items), name: name + "[]", depth: depth)
        }
        if case .schema(let before)? = old.additionalProperties, case .schema(let after)? = new.additionalProperties {
            compare(before, after, at: path.appending(.additionalProperties), name: name + ".*", depth: depth)
        }
    }

    /// Pairs variants by schema name, then inline ones by their order among the inline ones.
    mutating func compareVariants(
        _ old: [SchemaUse], _ new: [SchemaUse], _ kind: Composition, at path: DiffPath, name: String, depth: Int
    ) {
        guard !old.isEmpty || !new.isEmpty else { return }
        let oldKeys = variantKeys(old.map(base.canonical))
        let newKeys = variantKeys(new.map(revision.canonical))
        var newIndex: [String: Int] = [:]
        for (index, key) in newKeys.enumerated() { newIndex[key] = index }
        let oldSet = Set(oldKeys)
        for (index, key) in oldKeys.enumerated() {
            let label = "\(kind.rawValue) variant \(variantLabel(key))"
            guard let match = newIndex[key] else {
                report(
                    .variantRemoved, "\(label) removed from \(subject(name))",
                    at: path.appending(.variant(kind, index)), side: .base)
                continue
            }
            let place = path.appending(.variant(kind, match))
            compare(
                old[index], new[match], at: place,
                name: name.isEmpty ? "\(kind.rawValue)[\(match)]" : "\(name).\(kind.rawValue)[\(match)]", depth: depth)
        }
        for (index, key) in newKeys.enumerated() where !oldSet.contains(key) {
            report(
                .variantAdded, "\(kind.rawValue) variant \(variantLabel(key)) added to \(subject(name))",
                at: path.appending(.variant(kind, index)))
        }
    }

    /// `'Cat'` for a named variant, `#2` for the second inline one.
    private func variantLabel(_ key: String) -> String {
        key.hasPrefix("#") ? key : "'\(key)'"
    }

    /// A key per variant: its schema name, or `#n` for the n-th inline variant.
    private func variantKeys(_ uses: [SchemaUse]) -> [String] {
        var inline = 0
        return uses.map { use in
            if case .named(let name) = use { return name.rawValue }
            inline += 1
            return "#\(inline)"
        }
    }
}
