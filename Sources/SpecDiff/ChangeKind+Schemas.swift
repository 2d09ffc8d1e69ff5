extension ChangeKind {
    static let typeChanged = ChangeKind(
        "type-changed", .byDirection(request: .error, response: .error), "the type of a value changed",
        exception: "info when it only widens a request (integer to number, a type added) or narrows a response")
    static let formatChanged = ChangeKind(
        "format-changed", .byDirection(request: .error, response: .error), "the format of a value changed",
        exception:
            "a format added: error in a request, info in a response; removed: info in a request, warning in a response")
    static let becameNullable = ChangeKind(
        "became-nullable", .byDirection(request: .info, response: .error), "a value may now be null")
    static let becameNonNullable = ChangeKind(
        "became-non-nullable", .byDirection(request: .error, response: .info), "a value may no longer be null")
    static let enumValueRemoved = ChangeKind(
        "enum-value-removed", .byDirection(request: .error, response: .info), "an enum value was removed")
    static let enumValueAdded = ChangeKind(
        "enum-value-added", .byDirection(request: .info, response: .warning),
        "an enum value was added (clients may not handle it in a response)")
    static let constraintTightened = ChangeKind(
        "constraint-tightened", .byDirection(request: .error, response: .info),
        "a constraint now accepts fewer values (maxLength lowered, minimum raised, pattern or enum added...)")
    static let constraintLoosened = ChangeKind(
        "constraint-loosened", .byDirection(request: .info, response: .warning),
        "a constraint now accepts more values (maxLength raised, minimum lowered, pattern removed...)")
    static let patternChanged = ChangeKind(
        "pattern-changed", .byDirection(request: .error, response: .warning), "a pattern changed")
    static let propertyRemoved = ChangeKind(
        "property-removed", .byDirection(request: .info, response: .error), "a property was removed")
    static let requiredPropertyAdded = ChangeKind(
        "required-property-added", .byDirection(request: .error, response: .info),
        "a required property was added to a request (in a response it is `property-added`)")
    static let propertyAdded = ChangeKind(
        "property-added", .byDirection(request: .info, response: .info),
        "an optional request property, or any response property, was added")
    static let propertyBecameRequired = ChangeKind(
        "property-became-required", .byDirection(request: .error, response: .info), "a property became required")
    static let propertyBecameOptional = ChangeKind(
        "property-became-optional", .byDirection(request: .info, response: .error),
        "a property became optional (clients relying on it in a response break)")
    static let variantRemoved = ChangeKind(
        "variant-removed", .byDirection(request: .error, response: .info), "a oneOf or anyOf variant was removed")
    static let variantAdded = ChangeKind(
        "variant-added", .byDirection(request: .info, response: .warning), "a oneOf or anyOf variant was added")

    static let securityRequirementAdded = ChangeKind(
        "security-requirement-added", .fixed(.error), "a security requirement was added",
        exception: "info when the operation already had requirements: the new one is one more alternative")
    static let securityRequirementRemoved = ChangeKind(
        "security-requirement-removed", .fixed(.error),
        "a security requirement was removed (clients using it lose access)",
        exception: "info when the operation no longer needs any")
    static let securityScopeAdded = ChangeKind(
        "security-scope-added", .fixed(.error), "a requirement asks for one more scope")
    static let securityScopeRemoved = ChangeKind(
        "security-scope-removed", .fixed(.info), "a requirement asks for one scope fewer")
}
