import SpecNormalizer

/// Parameters are matched by location and name (header names ignore case); path parameters by their place in
/// the template, since renaming one does not change the URL a client sends.
extension OperationComparison {
    mutating func compareParameters(_ old: NormalizedOperation, _ new: NormalizedOperation) {
        let renamed = Self.pathRenames(from: old.path, to: new.path)
        var remaining: [String: NormalizedParameter] = [:]
        for parameter in new.parameters where remaining[Self.key(parameter.location, parameter.name)] == nil {
            remaining[Self.key(parameter.location, parameter.name)] = parameter
        }
        for before in old.parameters {
            let newName = before.location == "path" ? renamed[before.name] ?? before.name : before.name
            let key = ParameterKey(baseName: before.name, revisionName: newName, location: before.location)
            let place = path.appending(.parameter(key))
            let label = "\(before.location) parameter '\(before.name)'"
            guard let after = remaining.removeValue(forKey: Self.key(before.location, newName)) else {
                report(.parameterRemoved, "\(label) removed", at: place, side: .base)
                continue
            }
            if newName != before.name {
                report(.pathParameterRenamed, "\(label) renamed to '\(newName)'", at: place)
            }
            if !before.required, after.required {
                report(.parameterBecameRequired, "\(label) became required", at: place)
            } else if before.required, !after.required {
                report(.parameterBecameOptional, "\(label) became optional", at: place)
            }
            let root = "\(after.location) parameter '\(after.name)'"
            if before.content.isEmpty, after.content.isEmpty {
                compareSchemas(before.schema, after.schema, .request, root: root, at: place.appending(.schema))
            } else {
                compareContent(before.content, after.content, .request, owner: root, at: place)
            }
        }
        for after in new.parameters where remaining[Self.key(after.location, after.name)] != nil {
            let key = ParameterKey(baseName: after.name, revisionName: after.name, location: after.location)
            if after.required {
                report(
                    .requiredParameterAdded, "required \(after.location) parameter '\(after.name)' added",
                    at: path.appending(.parameter(key)))
            } else {
                report(
                    .parameterAdded, "optional \(after.location) parameter '\(after.name)' added",
                    at: path.appending(.parameter(key)))
            }
        }
    }

    /// `location` and `name`, the name in lower case for headers.
    private static func key(_ location: String, _ name: String) -> String {
        location + "\u{0}" + (location == "header" ? name.lowercased() : name)
    }

    /// Base path parameter names mapped to the revision's, by their place in the two templates.
    static func pathRenames(from old: String, to new: String) -> [String: String] {
        let (before, after) = (OperationMatcher.templateNames(old), OperationMatcher.templateNames(new))
        guard before.count == after.count else { return [:] }
        var renames: [String: String] = [:]
        for (name, newName) in zip(before, after) where name != newName { renames[name] = newName }
        return renames
    }
}
