import SpecDiagnostics

/// Renders changes as Markdown fit for a pull-request comment: a title, a table counting changes per level,
/// then the details, one table per operation (breaking first), and shared schema changes with the operations
/// they reach.
///
/// ```
/// ## API changes
///
/// | level | changes |
/// |---|---:|
/// | **breaking** | 1 |
/// | warning | 0 |
/// | info | 2 |
///
/// ### `GET /pets`
///
/// | level | change | id | where |
/// |---|---|---|---|
/// | **breaking** | query parameter 'limit' became required | `parameter-became-required` | `openapi.yaml:12:9` |
/// ```
public struct ChangeMarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The Markdown text, ending in a newline.
    public func render(_ changes: [Change]) -> String {
        var lines = ["## API changes", ""]
        guard !changes.isEmpty else { return (lines + ["No changes."]).joined(separator: "\n") + "\n" }
        lines += ["| level | changes |", "|---|---:|"]
        for level in Severity.allCases {
            lines.append("| \(MarkdownText.level(level)) | \(changes.count(of: level)) |")
        }
        let groups = ChangeGroups(changes)
        if !groups.document.isEmpty {
            lines += ["", "### Document", ""] + table(groups.document)
        }
        for (operation, list) in groups.operations {
            lines += ["", "### \(MarkdownText.code(OperationOrder.text(operation)))", ""] + table(list)
        }
        if !groups.shared.isEmpty {
            lines += ["", "### Shared schemas", ""]
            for change in groups.shared {
                var line =
                    "- \(MarkdownText.level(change.level)) \(MarkdownText.code(change.id.rawValue)): \(change.message)"
                let location = MarkdownText.location(change)
                if !location.isEmpty { line += " (\(location))" }
                lines.append(line)
                lines.append(
                    "  affects \(change.affected.count) operations: \(MarkdownText.operations(change.affected))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ changes: [Change]) -> [String] {
        var lines = ["| level | change | id | where |", "|---|---|---|---|"]
        for change in changes {
            lines.append(
                "| \(MarkdownText.level(change.level)) | \(MarkdownText.cell(change.message)) | "
                    + "\(MarkdownText.code(change.id.rawValue)) | \(MarkdownText.cell(MarkdownText.location(change))) |"
            )
        }
        return lines
    }
}
