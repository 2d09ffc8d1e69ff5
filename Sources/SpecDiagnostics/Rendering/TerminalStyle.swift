/// The ANSI colours of text output, compiler style; `plain` writes no escape codes at all.
///
/// Locations are bold, the severity label is coloured (error red, warning yellow, info blue, note cyan),
/// the message is bold, the excerpt gutter is blue and the caret and tildes are green.
struct TerminalStyle: Sendable {
    /// Whether escape codes are written.
    let enabled: Bool

    /// No colours: the output is exactly the `Diagnostic.formatted` lines.
    static let plain = TerminalStyle(enabled: false)
    /// ANSI colours.
    static let ansi = TerminalStyle(enabled: true)

    /// The location prefix (`file:line:col: `).
    func location(_ text: String) -> String { wrap(text, "1") }

    /// A severity label (`error[id]`) in the severity's colour.
    func label(_ text: String, severity: Severity) -> String {
        switch severity {
        case .error: wrap(text, "1;31")
        case .warning: wrap(text, "1;33")
        case .info: wrap(text, "1;34")
        }
    }

    /// The `note` label.
    func noteLabel(_ text: String) -> String { wrap(text, "1;36") }

    /// The message of a finding.
    func message(_ text: String) -> String { wrap(text, "1") }

    /// The line-number gutter of an excerpt.
    func gutter(_ text: String) -> String { wrap(text, "1;34") }

    /// The caret and tildes under an excerpt.
    func marker(_ text: String) -> String { wrap(text, "1;32") }

    private func wrap(_ text: String, _ code: String) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
