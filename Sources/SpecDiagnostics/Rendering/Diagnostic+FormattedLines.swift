extension Diagnostic {
    /// The first line of `formatted`: the finding itself, without its notes.
    var formattedHeader: String {
        Diagnostic(severity, id, message, at: range).formatted
    }

    /// The line `formatted` prints for one of the notes (`file:line:col: note: message`).
    ///
    /// Taken from `formatted` itself rather than rebuilt, so every format prints notes exactly as the text
    /// output and the rule fixtures do.
    func formattedNote(_ note: Note) -> String {
        let header = formattedHeader
        let withNote = Diagnostic(severity, id, message, at: range, notes: [note]).formatted
        return String(decoding: withNote.utf8.dropFirst(header.utf8.count + 1), as: UTF8.self)
    }
}
