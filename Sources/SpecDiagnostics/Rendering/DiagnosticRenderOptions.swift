/// Settings for `DiagnosticFormat.render`; each format reads the ones that concern it.
public struct DiagnosticRenderOptions: Sendable {
    /// Text: print source excerpts under findings and notes (the CLI turns this on when stderr is a terminal).
    public var excerpts: Bool
    /// Text: ANSI colours.
    public var colors: Bool
    /// Text: end with a `2 errors, 1 warning, 0 infos` line.
    public var summary: Bool
    /// SARIF: `tool.driver.version`.
    public var toolVersion: String
    /// SARIF: `tool.driver.informationUri`, left out when nil.
    public var informationURI: String?
    /// SARIF: one-line description per id, for `rules[].shortDescription` (the id is used when missing).
    public var ruleSummaries: [DiagnosticID: String]

    /// Creates options; the defaults print plain text and a SARIF log with version `0.0.0`.
    public init(
        excerpts: Bool = false, colors: Bool = false, summary: Bool = false, toolVersion: String = "0.0.0",
        informationURI: String? = nil, ruleSummaries: [DiagnosticID: String] = [:]
    ) {
        self.excerpts = excerpts
        self.colors = colors
        self.summary = summary
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.ruleSummaries = ruleSummaries
    }
}
