extension Diagnostic {
    /// The one-line form every text output starts with: `file:line:col: severity[id]: message`, followed by one
    /// `file:line:col: note: message` line per note. This text is the contract the rule fixtures check.
    public var formatted: String {
        var lines = [Diagnostic.prefix(range) + "\(severity.rawValue)[\(id.rawValue)]: \(message)"]
        for note in notes {
            lines.append(Diagnostic.prefix(note.range) + "note: \(note.message)")
        }
        return lines.joined(separator: "\n")
    }

    private static func prefix(_ range: SourceRange?) -> String {
        guard let range else { return "" }
        return "\(range.file):\(range.start.line):\(range.start.column): "
    }
}
