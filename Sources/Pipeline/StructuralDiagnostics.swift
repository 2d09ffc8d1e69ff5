import SpecDiagnostics

/// Ids of problems that make the input unreadable or not OpenAPI at all. Users cannot turn these off or
/// lower them: the later stages would work on a document that is not what the user wrote.
public enum StructuralDiagnostics {
    /// The ids.
    public static let ids: Set<DiagnosticID> = [
        "invalid-yaml", "invalid-json", "duplicate-key", "nesting-too-deep", "alias-expansion-limit",
        "file-too-large", "too-many-files", "unreadable-file", "unsupported-version", "missing-field",
        "invalid-type", "unknown-field", "invalid-value",
    ]
}
