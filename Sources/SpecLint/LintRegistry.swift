import SpecDiagnostics

/// Every lint rule. Adding a rule: a file in `Rules/`, a line in the list for its area
/// (`LintRegistry+Operations.swift`, `LintRegistry+Schemas.swift`), a fixture in
/// `Tests/Fixtures/invalid/<id>/`, an entry in `docs/rules.md`.
public enum LintRegistry {
    /// All rules, in id order.
    public static let all: [any LintRule] = (operationRules + schemaRules).sorted { $0.id < $1.id }

    /// The rule with an id.
    public static func rule(_ id: DiagnosticID) -> (any LintRule)? { all.first { $0.id == id } }
}
