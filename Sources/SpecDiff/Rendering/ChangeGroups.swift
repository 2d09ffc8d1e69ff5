import SpecDiagnostics

/// Changes grouped the way the Markdown outputs present them: changes to the whole document, then one group
/// per operation in API order, then changes to shared schemas that reach several operations.
struct ChangeGroups {
    /// Changes that concern no operation (servers).
    var document: [Change] = []
    /// Changes of one operation each, by operation, in operation order.
    var operations: [(Diagnostic.Operation, [Change])] = []
    /// Changes to schemas several operations share.
    var shared: [Change] = []

    /// Groups `changes`, keeping their order inside each group.
    init(_ changes: [Change]) {
        var byOperation: [Diagnostic.Operation: [Change]] = [:]
        for change in changes {
            if let operation = change.operation {
                byOperation[operation, default: []].append(change)
            } else if change.affected.isEmpty {
                document.append(change)
            } else {
                shared.append(change)
            }
        }
        operations = byOperation.keys.sorted(by: OperationOrder.precedes).map { ($0, byOperation[$0]!) }
    }
}

/// Markdown helpers shared by the PR comment and the changelog.
enum MarkdownText {
    /// Text safe inside a table cell: pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// `` `code` ``, with a longer fence when the text holds backticks.
    static func code(_ text: String) -> String {
        text.contains("`") ? "`` \(text) ``" : "`\(text)`"
    }

    /// `spec/openapi.yaml:12:9` in code, or empty.
    static func location(_ change: Change) -> String {
        guard let range = change.location else { return "" }
        return code("\(range.file):\(range.start.line):\(range.start.column)")
    }

    /// `**breaking**`, `warning` or `info`.
    static func level(_ level: Severity) -> String {
        switch level {
        case .error: "**breaking**"
        case .warning: "warning"
        case .info: "info"
        }
    }

    /// `1 operation` / `3 operations` listed in code, the first ten then "and N more".
    static func operations(_ operations: [Diagnostic.Operation]) -> String {
        let shown = operations.prefix(Change.affectedListLimit).map { code(OperationOrder.text($0)) }
        var text = shown.joined(separator: ", ")
        if operations.count > shown.count { text += " and \(operations.count - shown.count) more" }
        return text
    }

    /// `2 breaking changes, 1 warning, 3 infos`.
    static func counts(_ changes: [Change]) -> String {
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        return [
            counted(changes.count(of: .error), "breaking change"), counted(changes.count(of: .warning), "warning"),
            counted(changes.count(of: .info), "info"),
        ].joined(separator: ", ")
    }
}
