import StubGen

/// The `generate:` section of `specc.yaml`: what `specc generate` (and the stub step of `specc build`)
/// produces when the command line does not say otherwise.
///
/// Folders are as the configuration file names them, taken relative to the folder that holds the file, so a
/// configuration works from any working directory.
public struct GenerateSettings: Sendable, Hashable {
    /// The generator's settings: modes, access level, filters and name overrides. Command-line flags
    /// replace the values they name.
    public var stubConfig: StubConfig
    /// Folder the Swift files are written to; nil when the file names none.
    public var output: String?
    /// Folder of templates overriding the built-in ones file by file; nil for the built-in set only.
    public var templates: String?
    /// Whether the configuration file has a `generate:` section at all.
    public var isConfigured: Bool

    /// Creates settings; the defaults are what `specc generate` does without a configuration file.
    public init(
        stubConfig: StubConfig = StubConfig(), output: String? = nil, templates: String? = nil,
        isConfigured: Bool = false
    ) {
        self.stubConfig = stubConfig
        self.output = output
        self.templates = templates
        self.isConfigured = isConfigured
    }

    /// The generator's settings for the document at `path`: generated file headers name it by its file name, so
    /// output does not depend on where the document lives.
    public func stubConfig(forDocument path: String) -> StubConfig {
        var config = stubConfig
        config.sourceName = path.split(separator: "/").last.map(String.init) ?? path
        return config
    }
}
