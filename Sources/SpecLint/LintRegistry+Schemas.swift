extension LintRegistry {
    /// Rules about schemas, values, components and servers.
    static let schemaRules: [any LintRule] = []
}
