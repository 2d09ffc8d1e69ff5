import ArgumentParser
import StubGen

/// Options of `specc generate` (and the stub step of `specc build` and `specc check`).
struct GenerateOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Parts to generate, comma-separated: types, client, server (repeatable).", valueName: "modes"))
    var mode: [String] = []

    @Option(name: .long, help: "Access level of generated declarations: public, package or internal.")
    var access: String?

    @Option(name: .long, help: ArgumentHelp("Template folder whose files override the built-in Templates/swift ones, file by file.", valueName: "dir"))
    var templates: String?

    @Option(name: .long, help: "Generate only operations with this tag, and the schemas they use (repeatable).")
    var tag: [String] = []

    @Option(name: .customLong("operation"), help: "Generate only this operation id, and the schemas it uses (repeatable).")
    var operation: [String] = []

    @Option(name: .long, help: "Generate only operations whose path starts with this prefix (repeatable).")
    var path: [String] = []

    /// The stub configuration: command-line values over the configuration file's `generate:` section.
    func stubConfig(base: StubConfig, sourceName: String) throws -> StubConfig {
        var config = base
        config.sourceName = sourceName
        if !mode.isEmpty {
            var modes = Set<StubConfig.Mode>()
            for name in mode.flatMap({ $0.split(separator: ",") }).map({ String($0).trimmingSpaces }) {
                guard let value = StubConfig.Mode(rawValue: name) else {
                    throw ValidationError("unknown mode '\(name)'; expected types, client or server")
                }
                modes.insert(value)
            }
            // Clients and servers need the types.
            if !modes.isEmpty { modes.insert(.types) }
            config.modes = modes
        }
        if let access {
            guard let value = StubConfig.Access(rawValue: access) else {
                throw ValidationError("unknown access level '\(access)'; expected public, package or internal")
            }
            config.access = value
        }
        if !tag.isEmpty { config.tags = tag }
        if !operation.isEmpty { config.operations = operation }
        if !path.isEmpty { config.paths = path }
        return config
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
