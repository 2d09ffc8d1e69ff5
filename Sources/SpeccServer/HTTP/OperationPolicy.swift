/// What each operation of the contract requires, and the path template usage history records. An
/// operation missing here is refused (fail closed); a test checks the table covers the contract.
struct OperationPolicy: Sendable {
    /// The scope needed; nil for operations open to everyone (the health check).
    var permission: String?
    var method: String
    var template: String

    static let table: [String: OperationPolicy] = [
        "getHealth": .init(permission: nil, method: "GET", template: "/api/health"),
        "getCurrentPrincipal": .init(permission: "", method: "GET", template: "/api/me"),
        "ingestScan": .init(permission: "scans:write", method: "POST", template: "/api/scans/ingest"),
        "listScanRuns": .init(permission: "scans:read", method: "GET", template: "/api/scans"),
        "getScanRun": .init(permission: "scans:read", method: "GET", template: "/api/scans/{scanRunId}"),
        "listScanEndpoints": .init(permission: "scans:read", method: "GET", template: "/api/scans/{scanRunId}/endpoints"),
        "listScanFindings": .init(permission: "scans:read", method: "GET", template: "/api/scans/{scanRunId}/findings"),
        "listServices": .init(permission: "services:read", method: "GET", template: "/api/services"),
        "getService": .init(permission: "services:read", method: "GET", template: "/api/services/{serviceId}"),
        "listApiKeys": .init(permission: "api-keys:read", method: "GET", template: "/api/api-keys"),
        "createApiKey": .init(permission: "api-keys:write", method: "POST", template: "/api/api-keys"),
        "getApiKey": .init(permission: "api-keys:read", method: "GET", template: "/api/api-keys/{apiKeyId}"),
        "updateApiKey": .init(permission: "api-keys:write", method: "PATCH", template: "/api/api-keys/{apiKeyId}"),
        "revokeApiKey": .init(permission: "api-keys:write", method: "POST", template: "/api/api-keys/{apiKeyId}/revoke"),
        "rotateApiKey": .init(permission: "api-keys:write", method: "POST", template: "/api/api-keys/{apiKeyId}/rotate"),
        "listApiKeyUsage": .init(permission: "api-keys:read", method: "GET", template: "/api/api-keys/{apiKeyId}/usage"),
        "listServiceAccounts": .init(permission: "service-accounts:read", method: "GET", template: "/api/service-accounts"),
        "createServiceAccount": .init(permission: "service-accounts:write", method: "POST", template: "/api/service-accounts"),
        "getServiceAccount": .init(
            permission: "service-accounts:read", method: "GET", template: "/api/service-accounts/{serviceAccountId}"),
        "updateServiceAccount": .init(
            permission: "service-accounts:write", method: "PATCH", template: "/api/service-accounts/{serviceAccountId}"),
        "listJobs": .init(permission: "jobs:read", method: "GET", template: "/api/jobs"),
        "getJob": .init(permission: "jobs:read", method: "GET", template: "/api/jobs/{jobId}"),
        "cancelJob": .init(permission: "jobs:write", method: "POST", template: "/api/jobs/{jobId}/cancel"),
        "getApplicationKey": .init(permission: "workspace:read", method: "GET", template: "/api/workspace/application-key"),
        "regenerateApplicationKey": .init(
            permission: "workspace:write", method: "POST", template: "/api/workspace/application-key/regenerate"),
    ]
}
