/// A server URL template.
public struct NormalizedServer: Sendable, Hashable, Codable {
    /// URL template, possibly relative, with `{variable}` placeholders.
    public var url: String
    /// Description.
    public var description: String?
    /// The template's variables in document order; nil when it declares none, so the normalized JSON of a
    /// server without variables has no `variables` member.
    public var variables: [NormalizedServerVariable]?

    /// Creates a server.
    public init(url: String, description: String? = nil, variables: [NormalizedServerVariable]? = nil) {
        self.url = url
        self.description = description
        self.variables = variables
    }

    /// `url` with each declared variable's placeholder replaced by its default, in one pass (a placeholder
    /// without a variable stays as written): the URL an example request goes to.
    public var urlWithDefaults: String {
        let variables = self.variables ?? []
        var text = ""
        forEachPart { literal, name in
            text += literal
            if let name { text += variables.first { $0.name == name }?.defaultValue ?? "{\(name)}" }
        }
        return text
    }

    /// The names of the `{placeholders}` in `url`, in order of appearance, each once.
    public var placeholders: [String] {
        var names: [String] = []
        forEachPart { _, name in
            if let name, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Walks `url` in order: each literal run, then the name between the braces that follow it (nil after the
    /// last run). A `{` without a closing `}` is literal text.
    private func forEachPart(_ body: (Substring, String?) -> Void) {
        var rest = url[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            body(rest[..<open], String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        body(rest, nil)
    }
}

/// A variable of a server URL template.
public struct NormalizedServerVariable: Sendable, Hashable, Codable {
    /// The placeholder's name, as written between braces.
    public var name: String
    /// The value used when none is given (required by the spec; "" when the document leaves it out).
    public var defaultValue: String
    /// The allowed values, when the document limits them.
    public var enumValues: [String]?
    /// Description.
    public var description: String?

    /// Creates a variable.
    public init(name: String, defaultValue: String, enumValues: [String]? = nil, description: String? = nil) {
        self.name = name
        self.defaultValue = defaultValue
        self.enumValues = enumValues
        self.description = description
    }

    enum CodingKeys: String, CodingKey {
        case name
        case defaultValue = "default"
        case enumValues = "enum"
        case description
    }
}
