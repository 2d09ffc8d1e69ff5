import SpecDiagnostics

/// Every lint rule, in id order. Adding a rule: a file in `Rules/`, a line here, a fixture in
/// `Tests/Fixtures/invalid/<id>/`, an entry in `docs/rules.md`.
public enum LintRegistry {
    /// All rules.
    public static let all: [any LintRule] = [
    ]

    /// The rule with an id.
    public static func rule(_ id: DiagnosticID) -> (any LintRule)? { all.first { $0.id == id } }
}
