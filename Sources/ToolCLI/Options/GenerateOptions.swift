import ArgumentParser
import SpecDiagnostics
import StubGen

/// Options of `specc generate`; `build` and `check` read the same settings from `generate:` in specc.yaml.
struct GenerateOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Parts to generate, comma-separated: types, client, server (repeatable).", valueName: "modes"))
    var mode: [String] = []

    @Option(name: .long, help: "Access level of generated declarations: public, package or internal.")
    var access: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Template folder whose files override the built-in Templates/swift ones, file by file.", valueName: "dir"))
    var templates: String?

    @Option(name: .long, help: "Generate only operations with this tag, and the schemas they use (repeatable).")
    var tag: [String] = []

    @Option(
        name: .customLong("operation"), help: "Generate only this operation id, and the schemas it uses (repeatable).")
    var operation: [String] = []

    @Option(name: .long, help: "Generate only operations whose path starts with this prefix (repeatable).")
    var path: [String] = []

    /// Checks the modes and the access level while parsing, so a typo is reported with this command's usage.
    func validate() throws {
        _ = try stubConfig(base: StubConfig(), sourceName: "")
    }

    /// The stub configuration: command-line values over the configuration file's `generate:` section.
    func stubConfig(base: StubConfig, sourceName: String) throws -> StubConfig {
        var config = base
        config.sourceName = sourceName
        if !mode.isEmpty {
            var modes = Set<StubConfig.Mode>()
            for name in mode.flatMap({ $0.split(separator: ",") }).map({ String($0).trimmingSpaces }) {
                guard let value = StubConfig.Mode(rawValue: name) else {
                    throw Self.unknown("mode", name, expected: StubConfig.Mode.allCases.map(\.rawValue))
                }
                modes.insert(value)
            }
            // Clients and servers need the types.
            if !modes.isEmpty { modes.insert(.types) }
            config.modes = modes
        }
        if let access {
            guard let value = StubConfig.Access(rawValue: access) else {
                throw Self.unknown("access level", access, expected: StubConfig.Access.allCases.map(\.rawValue))
            }
            config.access = value
        }
        if !tag.isEmpty { config.tags = tag }
        if !operation.isEmpty { config.operations = operation }
        if !path.isEmpty { config.paths = path }
        return config
    }

    /// "unknown mode 'clent'; did you mean 'client'?", or the values expected when none is close.
    static func unknown(_ noun: String, _ text: String, expected: [String]) -> ValidationError {
        if let suggestion = Suggestions.closest(to: text, in: expected) {
            return ValidationError("unknown \(noun) '\(text)'; did you mean '\(suggestion)'?")
        }
        let list = expected.dropLast().joined(separator: ", ") + " or " + expected.last!
        return ValidationError("unknown \(noun) '\(text)'; expected \(list)")
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
