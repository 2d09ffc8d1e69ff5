extension LintRegistry {
    /// Rules about schemas, values, components and servers.
    static let schemaRules: [any LintRule] = [
        DiscriminatorMappingTargetMissingRule(),
        DiscriminatorPropertyNotRequiredRule(),
        DuplicateRequiredRule(),
        InvalidDefaultRule(),
        InvalidEnumValueRule(),
        InvalidExampleRule(),
        InvalidPatternRule(),
        InvalidServerURLRule(),
        MinGreaterThanMaxRule(),
        RequiredPropertyUndefinedRule(),
        ServerVariableDefaultNotInEnumRule(),
        UndefinedServerVariableRule(),
        UnusedComponentRule(),
    ]
}
