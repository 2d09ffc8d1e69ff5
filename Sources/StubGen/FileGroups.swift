import SpecNormalizer

/// Splits component schemas into files by the initial of their Swift name (`Schemas+P.swift`); a large
/// initial splits again by its first two letters, so files stay small and adding a schema touches one.
enum SchemaGroups {
    static let largeGroup = 30

    static func split(_ names: [SchemaName], swiftNames: [SchemaName: String]) -> [(String, [SchemaName])] {
        var seen = Set<SchemaName>()
        let unique = names.filter { seen.insert($0).inserted }
        func key(_ name: SchemaName, length: Int) -> String {
            let swift = SwiftName.bare(swiftNames[name] ?? name.rawValue)
            let letters = swift.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
            let prefix = String(letters.prefix(length))
            return prefix.isEmpty ? "Other" : prefix.prefix(1).uppercased() + prefix.dropFirst().lowercased()
        }
        var byInitial: [String: [SchemaName]] = [:]
        for name in unique { byInitial[key(name, length: 1), default: []].append(name) }
        var result: [(String, [SchemaName])] = []
        for (initial, members) in byInitial {
            if members.count <= largeGroup {
                result.append((initial, members))
                continue
            }
            var byPrefix: [String: [SchemaName]] = [:]
            for name in members { byPrefix[key(name, length: 2), default: []].append(name) }
            result += byPrefix.map { ($0.key, $0.value) }
        }
        return result.sorted { $0.0 < $1.0 }.map { ($0.0, $0.1.sorted()) }
    }
}

/// Splits operations into files by their first tag (`Operations+Pets.swift`); a tag with many operations
/// continues in numbered files (`Operations+Repos2.swift`).
enum OperationGroups {
    static let largeGroup = 20

    static func split(_ operations: [OperationDecl]) -> [(String, [OperationDecl])] {
        var order: [String] = []
        var byGroup: [String: [OperationDecl]] = [:]
        var scope = NameScope()
        var groupNames: [String: String] = [:]
        for operation in operations {
            if groupNames[operation.group] == nil {
                groupNames[operation.group] = scope.claim(SwiftName.bare(SwiftName.type(operation.group)))
                order.append(operation.group)
            }
            byGroup[operation.group, default: []].append(operation)
        }
        var result: [(String, [OperationDecl])] = []
        for group in order {
            let name = groupNames[group] ?? "Default"
            let members = byGroup[group] ?? []
            stride(from: 0, to: members.count, by: largeGroup).enumerated().forEach { index, start in
                result.append((index == 0 ? name : "\(name)\(index + 1)", Array(members[start..<min(start + largeGroup, members.count)])))
            }
        }
        return result
    }
}
