import SpecDiagnostics
import SpecModel

/// The same parameter (name and location) twice in one `parameters` list. The specification requires each
/// list to be unique; an operation-level parameter overriding a path-level one is allowed and not reported.
/// Header names compare without case, as HTTP compares them.
struct DuplicateParameterRule: LintRule {
    let id: DiagnosticID = "duplicate-parameter"
    let defaultSeverity: Severity = .error
    let summary = "the same parameter is listed twice in one parameters list"

    func check(_ context: LintContext) {
        let walker = context.operationWalker
        var seenLists: Set<ObjectIdentifier> = []
        // Two templates may `$ref` one path item: its list is checked once.
        for item in walker.pathItems where seenLists.insert(ObjectIdentifier(item.item.node)).inserted {
            check(walker.parameters(of: item), operation: nil, context: context)
        }
        for operation in walker.operations {
            check(walker.ownParameters(of: operation), operation: operation, context: context)
        }
    }

    private func check(_ list: [ListedParameter], operation: WalkedOperation?, context: LintContext) {
        var first: [ParameterIdentity: ListedParameter] = [:]
        for entry in list {
            guard let identity = entry.identity, let name = entry.name else { continue }
            guard let earlier = first[identity] else {
                first[identity] = entry
                continue
            }
            var message = "\(identity.location.rawValue) parameter '\(name)' is listed twice"
            if let earlierName = earlier.name, earlierName != name {
                message += " (as '\(earlierName)' first; header names are case-insensitive)"
            }
            context.report(
                message, at: entry.span, notes: [("first listed here", earlier.span)], operation: operation?.reference)
        }
    }
}
