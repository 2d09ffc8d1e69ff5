import ArgumentParser

/// `specc`: the root command; each subcommand is its own type in `Commands/`.
public struct RootCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "specc",
        abstract: "A static API-spec compiler for OpenAPI 3.0/3.1: validate, normalize, document, diff, Swift stubs.",
        discussion: """
            Findings are printed as 'file:line:column: severity[id]: message'; columns count UTF-8 bytes.
            Exit codes: 0 clean, 1 errors (or warnings with --strict), 2 usage errors.
            """,
        version: SpeccVersion.current,
        subcommands: [
            BuildCommand.self, CheckCommand.self, ValidateCommand.self, NormalizeCommand.self, SiteCommand.self,
            PreviewCommand.self, GenerateCommand.self, DiffCommand.self, ScanCommand.self, ServeCommand.self,
            RulesCommand.self,
        ]
    )

    public init() {}
}

/// The tool's version, printed by `--version` and put in SARIF output.
public enum SpeccVersion {
    /// The version string.
    public static let current = "0.1.0"
}
