import SpecModel
import SpecNormalizer

/// An operation of the base with its counterpart in the revision; one side is nil for an added or removed one.
struct OperationMatch {
    var base: NormalizedOperation?
    var revision: NormalizedOperation?
    var isWebhook: Bool
    /// Matched by operationId after its path or method changed.
    var moved: Bool

    /// The operation as each document writes it, for locating.
    var root: DiffPath.Root {
        .operation(
            base: base.map { OperationRef(method: $0.method, path: $0.path, isWebhook: isWebhook) },
            revision: revision.map { OperationRef(method: $0.method, path: $0.path, isWebhook: isWebhook) })
    }
}

/// Pairs the operations of two APIs: by method and path template with parameter names ignored
/// (`/pets/{id}` and `/pets/{petId}` are the same URL), then the leftovers by operationId (a moved operation).
enum OperationMatcher {
    static func match(
        _ base: [NormalizedOperation], _ revision: [NormalizedOperation], isWebhook: Bool
    ) -> [OperationMatch] {
        var byKey: [String: Int] = [:]
        for (index, operation) in revision.enumerated() where byKey[key(operation)] == nil {
            byKey[key(operation)] = index
        }
        var used = Set<Int>()
        var matches: [OperationMatch] = []
        var unmatched: [NormalizedOperation] = []
        for operation in base {
            if let index = byKey[key(operation)], used.insert(index).inserted {
                matches.append(
                    OperationMatch(base: operation, revision: revision[index], isWebhook: isWebhook, moved: false))
            } else {
                unmatched.append(operation)
            }
        }
        var byID: [String: Int] = [:]
        for (index, operation) in revision.enumerated() where !used.contains(index) {
            if let id = operation.operationId, byID[id] == nil { byID[id] = index }
        }
        for operation in unmatched {
            if let id = operation.operationId, let index = byID[id], used.insert(index).inserted {
                matches.append(
                    OperationMatch(base: operation, revision: revision[index], isWebhook: isWebhook, moved: true))
            } else {
                matches.append(OperationMatch(base: operation, revision: nil, isWebhook: isWebhook, moved: false))
            }
        }
        for (index, operation) in revision.enumerated() where !used.contains(index) {
            matches.append(OperationMatch(base: nil, revision: operation, isWebhook: isWebhook, moved: false))
        }
        return matches
    }

    /// `get /pets/{}`: the method and the template with parameter names blanked.
    static func key(_ operation: NormalizedOperation) -> String {
        var blanked = ""
        var inside = false
        for character in operation.path {
            if character == "{" {
                inside = true
                blanked.append("{")
            } else if character == "}" {
                inside = false
                blanked.append("}")
            } else if !inside {
                blanked.append(character)
            }
        }
        return operation.method.rawValue + " " + blanked
    }

    /// The parameter names of a path template, in order.
    static func templateNames(_ path: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in path {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil {
                current!.append(character)
            }
        }
        return names
    }
}
