/// Text from outside (the server's messages, ids, URLs) made safe to print.
enum TerminalText {
    /// `text` without control and format characters (escape sequences, bidirectional overrides): what a
    /// broken or hostile server sends must not drive the terminal.
    static func printable(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format: false
            default: true
            }
        }
        return String(String.UnicodeScalarView(kept))
    }
}
