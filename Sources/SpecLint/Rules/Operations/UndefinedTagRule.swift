import SpecDiagnostics
import SpecModel

/// An operation tag that the top-level `tags` list does not declare.
///
/// The specification lets operations use tags that are not declared, so the rule only runs when the document
/// has a top-level `tags` list: then the author is describing and ordering tags, and an undeclared one is
/// usually a typo or a forgotten entry (documentation tools show it without description, at the end).
/// Reported once per tag name, at its first use, with the number of operations using it.
struct UndefinedTagRule: LintRule {
    let id: DiagnosticID = "undefined-tag"
    let defaultSeverity: Severity = .warning
    let summary = "an operation uses a tag the top-level tags list does not declare"

    func check(_ context: LintContext) {
        let document = context.document.openAPI
        guard document.node.entry("tags") != nil else { return }
        let declared = Set(document.tags.compactMap(\.name?.value))
        var uses: [String: (first: Located<String>, operation: WalkedOperation, count: Int)] = [:]
        var order: [String] = []
        for operation in context.operationWalker.operations {
            for tag in Set(operation.operation.tags.map(\.value)).sorted() where !declared.contains(tag) {
                if let use = uses[tag] {
                    uses[tag]?.count = use.count + 1
                } else if let first = operation.operation.tags.first(where: { $0.value == tag }) {
                    uses[tag] = (first, operation, 1)
                    order.append(tag)
                }
            }
        }
        for tag in order {
            guard let use = uses[tag] else { continue }
            var message = "tag '\(tag)' is not declared in the top-level 'tags'"
            if use.count > 1 { message += " (used by \(use.count) operations)" }
            if let suggestion = Suggestions.closest(to: tag, in: declared) {
                message += "; did you mean '\(suggestion)'?"
            }
            context.report(message, at: use.first.span, operation: use.operation.reference)
        }
    }
}
