import SpecDiagnostics

/// A kind of change `SpecDiffer` reports: its stable id, what it means and how serious it is.
public struct ChangeKind: Hashable, Sendable {
    /// The stable kebab-case id.
    public let id: DiagnosticID
    /// One line saying what changed.
    public let summary: String
    /// The usual level, by direction where direction matters.
    public let levels: ChangeLevels
    /// When the level also depends on the change itself: how.
    public let exception: String?

    init(_ id: DiagnosticID, _ levels: ChangeLevels, _ summary: String, exception: String? = nil) {
        self.id = id
        self.levels = levels
        self.summary = summary
        self.exception = exception
    }

    /// The usual level in `direction`.
    func level(_ direction: Direction) -> Severity { levels.level(in: direction) }
}

extension ChangeKind {
    /// Every kind, in the order `docs/diff.md` lists them.
    public static let all: [ChangeKind] = document + operations + parameters + bodies + schemas + security

    static let document: [ChangeKind] = [
        serverRemoved, serverAdded, serverVariableValueRemoved, serverVariableDefaultChanged,
    ]
    static let operations: [ChangeKind] = [
        operationRemoved, operationMoved, operationIDChanged, operationAdded, operationDeprecated,
    ]
    static let parameters: [ChangeKind] = [
        requiredParameterAdded, parameterAdded, parameterRemoved, parameterBecameRequired, parameterBecameOptional,
        pathParameterRenamed,
    ]
    static let bodies: [ChangeKind] = [
        requiredRequestBodyAdded, requestBodyAdded, requestBodyRemoved, requestBodyBecameRequired,
        requestBodyBecameOptional, mediaTypeRemoved, mediaTypeAdded, responseStatusRemoved, responseStatusAdded,
        responseHeaderRemoved, responseHeaderAdded,
    ]
    static let schemas: [ChangeKind] = [
        typeChanged, formatChanged, becameNullable, becameNonNullable, enumValueRemoved, enumValueAdded,
        constraintTightened, constraintLoosened, patternChanged, propertyRemoved, requiredPropertyAdded, propertyAdded,
        propertyBecameRequired, propertyBecameOptional, variantRemoved, variantAdded,
    ]
    static let security: [ChangeKind] = [
        securityRequirementAdded, securityRequirementRemoved, securityScopeAdded, securityScopeRemoved,
    ]

    static let serverRemoved = ChangeKind("server-removed", .fixed(.warning), "a server URL was removed")
    static let serverAdded = ChangeKind("server-added", .fixed(.info), "a server URL was added")
    static let serverVariableValueRemoved = ChangeKind(
        "server-variable-value-removed", .fixed(.warning),
        "a server URL variable no longer allows a value it allowed (or gained an enum where any value went)")
    static let serverVariableDefaultChanged = ChangeKind(
        "server-variable-default-changed", .fixed(.info), "a server URL variable's default changed")

    static let operationRemoved = ChangeKind(
        "operation-removed", .fixed(.error), "an operation was removed",
        exception: "info when the base marked it deprecated with an `x-sunset` (or `sunset`) date that has passed")
    static let operationMoved = ChangeKind(
        "operation-moved", .fixed(.error), "an operation kept its operationId but changed its path or method")
    static let operationIDChanged = ChangeKind(
        "operation-id-changed", .fixed(.warning), "an operationId changed (generated clients rename the method)")
    static let operationAdded = ChangeKind("operation-added", .fixed(.info), "an operation was added")
    static let operationDeprecated = ChangeKind(
        "operation-deprecated", .fixed(.info), "an operation became deprecated")

    static let requiredParameterAdded = ChangeKind(
        "required-parameter-added", .fixed(.error), "a required parameter was added")
    static let parameterAdded = ChangeKind("parameter-added", .fixed(.info), "an optional parameter was added")
    static let parameterRemoved = ChangeKind(
        "parameter-removed", .fixed(.warning), "a parameter was removed (clients still sending it may be refused)")
    static let parameterBecameRequired = ChangeKind(
        "parameter-became-required", .fixed(.error), "an optional parameter became required")
    static let parameterBecameOptional = ChangeKind(
        "parameter-became-optional", .fixed(.info), "a required parameter became optional")
    static let pathParameterRenamed = ChangeKind(
        "path-parameter-renamed", .fixed(.info), "a path parameter was renamed (the URL is the same)")

    static let requiredRequestBodyAdded = ChangeKind(
        "required-request-body-added", .fixed(.error), "a required request body was added")
    static let requestBodyAdded = ChangeKind(
        "request-body-added", .fixed(.info), "an optional request body was added")
    static let requestBodyRemoved = ChangeKind(
        "request-body-removed", .fixed(.warning), "the request body was removed (clients still send it)")
    static let requestBodyBecameRequired = ChangeKind(
        "request-body-became-required", .fixed(.error), "the request body became required")
    static let requestBodyBecameOptional = ChangeKind(
        "request-body-became-optional", .fixed(.info), "the request body became optional")
    static let mediaTypeRemoved = ChangeKind(
        "media-type-removed", .byDirection(request: .error, response: .error), "a media type of a body was removed")
    static let mediaTypeAdded = ChangeKind(
        "media-type-added", .byDirection(request: .info, response: .info), "a media type of a body was added")
    static let responseStatusRemoved = ChangeKind(
        "response-status-removed", .fixed(.error), "a response status was removed",
        exception: "error for a success (2XX) status, warning for 3XX, info for the others")
    static let responseStatusAdded = ChangeKind(
        "response-status-added", .fixed(.info), "a response status was added",
        exception: "warning for a success (2XX) status: clients may not handle it")
    static let responseHeaderRemoved = ChangeKind(
        "response-header-removed", .fixed(.warning), "a response header was removed",
        exception: "error when the base declared it required")
    static let responseHeaderAdded = ChangeKind(
        "response-header-added", .fixed(.info), "a response header was added")
}
