extension LintRegistry {
    /// Rules about paths, operations, parameters, responses, tags and security.
    static let operationRules: [any LintRule] = []
}
