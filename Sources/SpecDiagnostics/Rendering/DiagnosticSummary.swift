/// How many findings of each severity a run produced, and the summary line text output ends with.
public struct DiagnosticSummary: Hashable, Sendable {
    /// Number of errors.
    public var errors: Int
    /// Number of warnings.
    public var warnings: Int
    /// Number of infos.
    public var infos: Int

    /// Counts the findings of each severity (notes are part of their finding and are not counted).
    public init(_ diagnostics: [Diagnostic]) {
        self.errors = diagnostics.count(of: .error)
        self.warnings = diagnostics.count(of: .warning)
        self.infos = diagnostics.count(of: .info)
    }

    /// `2 errors, 1 warning, 0 infos`.
    ///
    /// All three counts are always printed, in that order. A count of exactly 1 takes the singular noun
    /// (`1 error`, `1 warning`, `1 info`); every other count, zero included, takes the plural formed by
    /// adding `s` (`0 errors`, `2 warnings`, `3 infos`).
    public var text: String {
        [Self.counted(errors, "error"), Self.counted(warnings, "warning"), Self.counted(infos, "info")]
            .joined(separator: ", ")
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
