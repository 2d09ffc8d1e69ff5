import SpecDiagnostics

extension Change {
    /// How many operations a note lists before it says "and N more".
    public static let affectedListLimit = 10

    /// The message with the operation in front: `GET /pets: query parameter 'limit' became required`.
    public var headline: String {
        guard let operation else { return message }
        return OperationOrder.text(operation) + ": " + message
    }

    /// `affects 3 operations: GET /a, GET /b, POST /c` (the first ten, then "and N more"); nil when the change
    /// does not concern several operations.
    public var affectedSummary: String? {
        guard !affected.isEmpty else { return nil }
        let shown = affected.prefix(Self.affectedListLimit).map(OperationOrder.text)
        var text = "affects \(affected.count) operations: " + shown.joined(separator: ", ")
        if affected.count > shown.count { text += " and \(affected.count - shown.count) more" }
        return text
    }

    /// The change as a diagnostic, so the SARIF, GitHub and text renderers print it: the level is the severity,
    /// the operation leads the message, and the affected operations are a note.
    public var diagnostic: Diagnostic {
        Diagnostic(
            level, id, headline, at: location, notes: affectedSummary.map { [Diagnostic.Note($0)] } ?? [],
            operation: operation)
    }
}

extension Array where Element == Change {
    /// The plain text form: one `file:line:col: level[id]: METHOD /path: message` line per change, with a
    /// `note: affects …` line under a shared change; every line ends in a newline. Fixtures compare this text.
    public var formatted: String {
        map { $0.diagnostic.formatted + "\n" }.joined()
    }
}
