/// A path template (`/pets/{petId}`) split into its template expressions.
struct PathTemplate: Sendable, Equatable {
    /// The template as written.
    let text: String
    /// The names between braces, in order, as written.
    let names: [String]
    /// The template with every name removed (`/pets/{}`): two templates that differ only in parameter
    /// names have the same shape.
    let shape: String

    /// Splits `text`. An unclosed `{` is kept as literal text.
    init(_ text: String) {
        self.text = text
        var names: [String] = []
        var shape = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            shape += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else {
                shape += rest[open...]
                rest = rest[rest.endIndex...]
                break
            }
            names.append(String(rest[afterOpen..<close]))
            shape += "{}"
            rest = rest[rest.index(after: close)...]
        }
        shape += rest
        self.names = names
        self.shape = shape
    }
}
