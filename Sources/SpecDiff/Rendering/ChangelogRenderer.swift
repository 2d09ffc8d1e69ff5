import SpecDiagnostics

/// Renders every change as a Markdown changelog: breaking changes first, then warnings, then the rest; within
/// each, changes to the document, then per operation, then shared schemas with the operations they reach.
///
/// ```
/// # Changelog: 1.0.0 → 1.1.0
///
/// ## Breaking changes
///
/// ### `GET /pets`
///
/// - query parameter 'limit' became required
/// ```
public struct ChangelogRenderer: Sendable {
    /// The base version, when known (`info.version`).
    public var fromVersion: String?
    /// The revision version, when known.
    public var toVersion: String?

    /// Creates a renderer; the title names the versions when both are given.
    public init(from fromVersion: String? = nil, to toVersion: String? = nil) {
        self.fromVersion = fromVersion
        self.toVersion = toVersion
    }

    /// The changelog, ending in a newline.
    public func render(_ changes: [Change]) -> String {
        var title = "# Changelog"
        if let fromVersion, let toVersion, !fromVersion.isEmpty || !toVersion.isEmpty {
            title += ": \(fromVersion) → \(toVersion)"
        }
        var lines = [title, ""]
        guard !changes.isEmpty else { return (lines + ["No changes."]).joined(separator: "\n") + "\n" }
        lines.append(MarkdownText.counts(changes) + ".")
        let sections: [(Severity, String)] = [
            (.error, "Breaking changes"), (.warning, "Warnings"), (.info, "Other changes"),
        ]
        for (level, heading) in sections {
            let list = changes.filter { $0.level == level }
            guard !list.isEmpty else { continue }
            lines += ["", "## \(heading)"]
            let groups = ChangeGroups(list)
            if !groups.document.isEmpty {
                lines += ["", "### Document", ""] + groups.document.map(item)
            }
            for (operation, changes) in groups.operations {
                lines += ["", "### \(MarkdownText.code(OperationOrder.text(operation)))", ""] + changes.map(item)
            }
            if !groups.shared.isEmpty {
                lines += ["", "### Shared schemas", ""]
                for change in groups.shared {
                    lines.append(item(change) + "; affects \(MarkdownText.operations(change.affected))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `- query parameter 'limit' became required (`parameter-became-required`)`.
    private func item(_ change: Change) -> String {
        "- \(change.message) (\(MarkdownText.code(change.id.rawValue)))"
    }
}
