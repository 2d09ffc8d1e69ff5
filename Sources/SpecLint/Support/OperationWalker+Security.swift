import SpecModel

/// A security requirement with the operation that lists it (nil for the document-wide `security`).
struct ListedSecurityRequirement: Sendable {
    /// The requirement.
    let requirement: SecurityRequirement
    /// The operation, when the requirement is an operation's own.
    let operation: WalkedOperation?
}

extension OperationWalker {
    /// Every security requirement: the document's, then each operation's own, in walk order.
    func securityRequirements(of document: RawDocument) -> [ListedSecurityRequirement] {
        var listed = (document.openAPI.security ?? []).map {
            ListedSecurityRequirement(requirement: $0, operation: nil)
        }
        for operation in operations {
            for requirement in operation.operation.security ?? [] {
                listed.append(ListedSecurityRequirement(requirement: requirement, operation: operation))
            }
        }
        return listed
    }
}
