import SpecDiagnostics
import SpecModel

/// Emits the builder's findings, each once.
///
/// A node can be built more than once (a YAML alias shares it, or a `$ref` points into an object that is also
/// built in place), so the same finding at the same place is dropped the second time.
final class BuildReporter {
    private struct Key: Hashable {
        var id: DiagnosticID
        var span: SourceSpan?
        var message: String
    }

    private let sources: SourceFileTable
    private let sink: any DiagnosticSink
    private var seen: Set<Key> = []
    /// Whether any error was emitted.
    private(set) var hasErrors = false

    init(sources: SourceFileTable, sink: any DiagnosticSink) {
        self.sources = sources
        self.sink = sink
    }

    /// Emits a finding at `span` with notes, unless the same one was emitted before.
    func emit(
        _ severity: Severity, _ id: DiagnosticID, _ message: String, at span: SourceSpan?,
        notes: [(String, SourceSpan?)] = []
    ) {
        guard seen.insert(Key(id: id, span: span, message: message)).inserted else { return }
        if severity == .error { hasErrors = true }
        sink.emit(
            Diagnostic(
                severity, id, message, at: span.map(sources.range(of:)),
                notes: notes.map { Diagnostic.Note($0.0, at: $0.1.map(sources.range(of:))) }))
    }

    /// Reports a value of the wrong type: "expected string for 'summary', found integer".
    func invalidType(_ expected: String, for subject: Subject, found node: Node, hint: String? = nil) {
        var message = "expected \(expected) for \(subject.text), found \(node.typeName)"
        if let hint { message += "; \(hint)" }
        emit(.error, "invalid-type", message, at: node.span)
    }

    /// Reports a required field that is absent, at the start of the object that should hold it.
    func missingField(_ name: String, in object: String, at node: Node) {
        emit(.error, "missing-field", "missing required field '\(name)' in \(object)", at: node.span)
    }

    /// Reports a value outside the allowed set: "expected 'query', 'header', 'path' or 'cookie' for 'in',
    /// found 'body'", with a did-you-mean when one allowed value is close.
    func invalidChoice(_ value: Located<String>, for field: String, allowed: [String], hint: String? = nil) {
        var message = "expected \(BuildReporter.list(allowed)) for '\(field)', found '\(value.value)'"
        if let hint {
            message += "; \(hint)"
        } else if let suggestion = Suggestions.closest(to: value.value, in: allowed) {
            message += "; did you mean '\(suggestion)'?"
        }
        emit(.error, "invalid-value", message, at: value.span)
    }

    /// Reports any other value the specification does not allow.
    func invalidValue(_ message: String, at span: SourceSpan) {
        emit(.error, "invalid-value", message, at: span)
    }

    /// `'a', 'b' or 'c'`.
    static func list(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1]
    }
}

/// What a value is called in a message, formatted only when a finding needs it.
enum Subject {
    /// The value of a field or of a user-named entry: `'summary'`, `'Pet'`.
    case key(String)
    /// One item of a list field: `an item of 'servers'`.
    case item(of: String)
    /// The whole document.
    case root

    /// The text messages print.
    var text: String {
        switch self {
        case .key(let name): "'\(name)'"
        case .item(let name): "an item of '\(name)'"
        case .root: "the document root"
        }
    }
}
