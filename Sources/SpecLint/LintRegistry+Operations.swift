extension LintRegistry {
    /// Rules about paths, operations, parameters, responses, tags and security.
    static let operationRules: [any LintRule] = [
        DuplicateOperationIDRule(),
        DuplicateParameterRule(),
        DuplicateTagRule(),
        EquivalentPathsRule(),
        InvalidResponseStatusRule(),
        MissingOperationIDRule(),
        MissingSuccessResponseRule(),
        PathParameterNotDeclaredRule(),
        PathParameterNotInTemplateRule(),
        RequestBodyNotAllowedRule(),
        ReservedHeaderParameterRule(),
        SecurityScopesNotAllowedRule(),
        UndefinedLinkOperationRule(),
        UndefinedSecuritySchemeRule(),
        UndefinedSecurityScopeRule(),
        UndefinedTagRule(),
    ]
}
