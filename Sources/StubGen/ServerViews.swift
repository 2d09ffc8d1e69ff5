import SpecNormalizer
import TemplateEngine

/// The `Client.serverN(...)` helpers: one per top-level server, numbered in document order. A template's
/// variables become parameters defaulting to the document's `default`; a server whose URL names a variable
/// the document does not declare gets no helper (the linter reports it), since nothing could fill it in.
enum ServerViews {
    /// One view per server that gets a helper.
    static func list(_ servers: [NormalizedServer]) -> TemplateValue {
        .list(servers.enumerated().compactMap { index, server in view(server, name: "server\(index + 1)").map(TemplateValue.object) })
    }

    /// The view of one server: `name`, `doc` lines, `urlLiteral`, `parameters` (`declaration`, `last`) and `variables`
    /// (`nameLiteral`, `swiftName`, `allowedLiteral`, `last`); nil when the URL uses an undeclared placeholder.
    static func view(_ server: NormalizedServer, name: String) -> TemplateDictionary? {
        let declared = server.variables ?? []
        let used = server.placeholders
        guard used.allSatisfy({ placeholder in declared.contains { $0.name == placeholder } }) else { return nil }
        // Only the variables the URL uses become parameters; a declared but unused one would do nothing.
        let variables = declared.filter { used.contains($0.name) }
        var scope = NameScope()
        var parameters: [TemplateValue] = []
        var fills: [TemplateValue] = []
        var doc = SwiftLiteral.doc(server.description ?? server.url)
        if !variables.isEmpty {
            doc += ["", "- Parameters:"]
        }
        for (offset, variable) in variables.enumerated() {
            let swiftName = scope.claim(SwiftName.member(variable.name))
            parameters.append(.object(TemplateDictionary([
                "declaration": .text("\(swiftName): Swift.String = \(SwiftLiteral.string(variable.defaultValue))"),
                "last": .flag(offset == variables.count - 1),
            ])))
            let allowed = variable.enumValues ?? []
            fills.append(.object(TemplateDictionary([
                "nameLiteral": .text(SwiftLiteral.string(variable.name)),
                "swiftName": .text(swiftName),
                "allowedLiteral": .text("[" + allowed.map(SwiftLiteral.string).joined(separator: ", ") + "]"),
                "last": .flag(offset == variables.count - 1),
            ])))
            doc.append("  - \(SwiftName.bare(swiftName)): " + parameterDoc(variable))
        }
        return TemplateDictionary([
            "name": .text(name),
            "doc": TypeDeclView.doc(doc),
            "urlLiteral": .text(SwiftLiteral.string(server.url)),
            "parameters": .list(parameters),
            "variables": .list(fills),
        ])
    }

    /// One line for a parameter: the description's first line, the allowed values, the default.
    static func parameterDoc(_ variable: NormalizedServerVariable) -> String {
        var parts: [String] = []
        if let first = variable.description?.split(whereSeparator: \.isNewline).first {
            parts.append(String(first).trimmingTrailingSpaces)
        }
        if let allowed = variable.enumValues, !allowed.isEmpty {
            parts.append("One of " + allowed.map { "`\($0)`" }.joined(separator: ", ") + ".")
        }
        parts.append("Default `\(variable.defaultValue)`.")
        return parts.joined(separator: " ")
    }
}
