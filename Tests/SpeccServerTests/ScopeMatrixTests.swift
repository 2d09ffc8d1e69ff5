import Foundation
import Testing

@testable import SpeccServer

/// Each operation against a key per scope: only the documented scope (or admin:*) gets through.
@Suite struct ScopeMatrixTests {
    /// One request of the matrix; `make` builds it afresh for each call (operations that consume their
    /// target, such as revoke, get a new one every time).
    struct Call {
        var operation: String
        var scope: String?
        var success: Int
        var make: () async throws -> (method: String, path: String, body: Any?)
    }

    static let scopes = [
        "scans:read", "scans:write", "services:read", "api-keys:read", "api-keys:write", "service-accounts:read",
        "service-accounts:write", "jobs:read", "jobs:write", "workspace:read", "workspace:write",
    ]

    /// The calls, over resources of the default organization.
    static func calls(on server: TestServer) async throws -> [Call] {
        let owner = server.ownerKey
        let userId = try await server.ownerUserId()
        let upload = try await server.ingest(service: "Billing API", endpoints: [TestServer.endpoint("GET", "/a")])
        #expect(upload.status == 201)
        let runId = upload.object["scanRunId"] as? String ?? ""
        let serviceId = upload.object["serviceId"] as? String ?? ""
        let jobId = upload.object["jobId"] as? String ?? ""
        _ = try await server.waitForJob(jobId)
        let account = try await server.send("POST", "/api/service-accounts", key: owner, json: ["name": "Robot", "role": "viewer"])
        #expect(account.status == 201)
        let accountId = account.id
        let target = try await server.issueKey(scopes: ["scans:read"], name: "target")

        func freshKey() async throws -> String { try await server.issueKey(scopes: ["scans:read"], name: "fresh").id }
        func freshJob() async throws -> String { try await server.insertJobRunningElsewhere(copying: jobId) }
        let scan = TestServer.scanBody(service: "Billing API", endpoints: [TestServer.endpoint("GET", "/a")])

        return [
            Call(operation: "getCurrentPrincipal", scope: nil, success: 200) { ("GET", "/api/me", nil) },
            Call(operation: "ingestScan", scope: "scans:write", success: 201) { ("POST", "/api/scans/ingest", scan) },
            Call(operation: "listScanRuns", scope: "scans:read", success: 200) { ("GET", "/api/scans", nil) },
            Call(operation: "getScanRun", scope: "scans:read", success: 200) { ("GET", "/api/scans/" + runId, nil) },
            Call(operation: "listScanEndpoints", scope: "scans:read", success: 200) {
                ("GET", "/api/scans/\(runId)/endpoints", nil)
            },
            Call(operation: "listScanFindings", scope: "scans:read", success: 200) {
                ("GET", "/api/scans/\(runId)/findings", nil)
            },
            Call(operation: "listServices", scope: "services:read", success: 200) { ("GET", "/api/services", nil) },
            Call(operation: "getService", scope: "services:read", success: 200) { ("GET", "/api/services/" + serviceId, nil) },
            Call(operation: "listApiKeys", scope: "api-keys:read", success: 200) { ("GET", "/api/api-keys", nil) },
            Call(operation: "createApiKey", scope: "api-keys:write", success: 201) {
                (
                    "POST", "/api/api-keys",
                    ["name": "made", "owner": ["type": "user", "id": userId], "scopes": ["api-keys:write"]] as [String: Any]
                )
            },
            Call(operation: "getApiKey", scope: "api-keys:read", success: 200) { ("GET", "/api/api-keys/" + target.id, nil) },
            Call(operation: "updateApiKey", scope: "api-keys:write", success: 200) {
                ("PATCH", "/api/api-keys/" + target.id, ["name": "renamed"])
            },
            Call(operation: "revokeApiKey", scope: "api-keys:write", success: 200) {
                ("POST", "/api/api-keys/\(try await freshKey())/revoke", nil)
            },
            Call(operation: "rotateApiKey", scope: "api-keys:write", success: 200) {
                ("POST", "/api/api-keys/\(try await freshKey())/rotate", nil)
            },
            Call(operation: "listApiKeyUsage", scope: "api-keys:read", success: 200) {
                ("GET", "/api/api-keys/\(target.id)/usage", nil)
            },
            Call(operation: "listServiceAccounts", scope: "service-accounts:read", success: 200) {
                ("GET", "/api/service-accounts", nil)
            },
            Call(operation: "createServiceAccount", scope: "service-accounts:write", success: 201) {
                ("POST", "/api/service-accounts", ["name": "Account " + UUID().uuidString, "role": "viewer"])
            },
            Call(operation: "getServiceAccount", scope: "service-accounts:read", success: 200) {
                ("GET", "/api/service-accounts/" + accountId, nil)
            },
            Call(operation: "updateServiceAccount", scope: "service-accounts:write", success: 200) {
                ("PATCH", "/api/service-accounts/" + accountId, ["description": "changed"])
            },
            Call(operation: "listJobs", scope: "jobs:read", success: 200) { ("GET", "/api/jobs", nil) },
            Call(operation: "getJob", scope: "jobs:read", success: 200) { ("GET", "/api/jobs/" + jobId, nil) },
            Call(operation: "cancelJob", scope: "jobs:write", success: 200) {
                ("POST", "/api/jobs/\(try await freshJob())/cancel", nil)
            },
            Call(operation: "getApplicationKey", scope: "workspace:read", success: 200) {
                ("GET", "/api/workspace/application-key", nil)
            },
            Call(operation: "regenerateApplicationKey", scope: "workspace:write", success: 200) {
                ("POST", "/api/workspace/application-key/regenerate", nil)
            },
        ]
    }

    @Test func onlyTheDocumentedScopeOrAdminGetsThrough() async throws {
        let server = try await TestServer.start()
        let calls = try await Self.calls(on: server)
        #expect(Set(calls.map(\.operation)).union(["getHealth"]) == Set(OperationPolicy.table.keys))
        for call in calls where call.scope != nil {
            #expect(OperationPolicy.table[call.operation]?.permission == call.scope, "\(call.operation) in the policy table")
        }
        var keys: [String: String] = [:]
        for scope in Self.scopes { keys[scope] = try await server.issueKey(scopes: [scope], name: scope).raw }

        var unauthorizedSuccesses: [String] = []
        var wrongAnswers: [String] = []
        for call in calls {
            for scope in Self.scopes {
                let (method, path, body) = try await call.make()
                let answer = try await server.send(method, path, key: keys[scope], json: body)
                let allowed = call.scope == nil || call.scope == scope
                if allowed {
                    if answer.status != call.success {
                        wrongAnswers.append("\(call.operation) with \(scope): \(answer.status) \(answer.text)")
                    }
                } else {
                    if (200..<300).contains(answer.status) {
                        unauthorizedSuccesses.append("\(call.operation) with \(scope): \(answer.status)")
                    }
                    if answer.status != 403 || answer.errorCode != "forbidden" {
                        wrongAnswers.append("\(call.operation) with \(scope): expected 403 forbidden, got \(answer.status) \(answer.text)")
                    }
                }
            }
            let (method, path, body) = try await call.make()
            let asAdmin = try await server.send(method, path, key: server.ownerKey, json: body)
            if asAdmin.status != call.success {
                wrongAnswers.append("\(call.operation) with admin:*: \(asAdmin.status) \(asAdmin.text)")
            }
            let anonymous = try await server.send(method, path, json: body)
            if anonymous.status != 401 || anonymous.errorCode != "unauthenticated"
                || anonymous.headers["www-authenticate"] != "Bearer realm=\"specc\""
            {
                wrongAnswers.append("\(call.operation) without a key: \(anonymous.status) \(anonymous.text)")
            }
        }
        #expect(unauthorizedSuccesses.isEmpty, "unauthorized 2xx:\n\(unauthorizedSuccesses.joined(separator: "\n"))")
        #expect(wrongAnswers.isEmpty, "\n\(wrongAnswers.joined(separator: "\n"))")

        let health = try await server.send("GET", "/api/health")
        #expect(health.status == 200)
        let healthWithNarrowKey = try await server.send("GET", "/api/health", key: keys["jobs:read"])
        #expect(healthWithNarrowKey.status == 200)
        await server.stopAndRemove()
    }

    @Test func unusableCredentialsAreUnauthenticated() async throws {
        let server = try await TestServer.start()
        let wellFormedButUnknown = KeyFormat.generate()
        var characters = Array(server.ownerKey)
        characters[8] = characters[8] == "x" ? "y" : "x"
        let badChecksum = String(characters)
        for credential in [wellFormedButUnknown, badChecksum, "not-a-key", String(server.ownerKey.prefix(12))] {
            for header in [TestServer.KeyHeader.bearer, .appkey] {
                let answer = try await server.send("GET", "/api/me", key: credential, header: header)
                #expect(answer.status == 401, "\(credential) in \(header)")
                #expect(answer.errorCode == "unauthenticated")
                #expect(answer.headers["www-authenticate"] == "Bearer realm=\"specc\"")
            }
        }
        let basic = try await server.send("GET", "/api/me", headers: ["Authorization": "Basic " + server.ownerKey])
        #expect(basic.status == 401)
        await server.stopAndRemove()
    }
}
