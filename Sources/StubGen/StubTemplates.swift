import TemplateEngine

/// The stub templates by name (`swift/struct`), parsed; a user folder overrides built-in files one by one.
public struct StubTemplates: Sendable {
    /// Every template the generator renders or includes, relative to the templates folder.
    public static let names = [
        "swift/header.mustache", "swift/doc.mustache", "swift/namespaces.mustache",
        "swift/schemas.mustache", "swift/type.mustache", "swift/struct.mustache", "swift/enum.mustache",
        "swift/choice.mustache", "swift/alias.mustache", "swift/operations.mustache", "swift/operation.mustache",
        "swift/client.mustache", "swift/client-operations.mustache", "swift/server.mustache",
        "swift/server-operations.mustache",
    ] + supportFiles.map { "swift/\($0).mustache" }

    /// The runtime helpers every types-mode output holds, one concept per file, each rendered from the template
    /// of the same name (`swift/SpeccJSON.swift.mustache` → `SpeccJSON.swift`).
    public static let supportFiles = [
        "SpeccCoding.swift", "SpeccJSON.swift", "SpeccJSONWriter.swift", "SpeccJSONValue.swift", "SpeccJSONEncoder.swift",
        "SpeccDateTime.swift", "SpeccCheck.swift",
        "SpeccParameterValue.swift", "SpeccQuery.swift", "SpeccParameters.swift", "SpeccRequestError.swift",
        "SpeccClientCore.swift", "SpeccServerCore.swift", "SpeccBodies.swift", "SpeccOpenEnum.swift",
    ]

    let library: TemplateLibrary

    /// Parses `files` (relative path → text); a template that does not parse throws with its location.
    public init(files: [String: String]) throws(TemplateError) {
        var templates: [String: Template] = [:]
        for (path, text) in files where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            templates[name] = try Template(name: path, source: text)
        }
        library = TemplateLibrary(templates)
    }
}
