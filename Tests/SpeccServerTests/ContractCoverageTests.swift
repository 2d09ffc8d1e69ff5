import Foundation
import Testing

@testable import SpeccServer

/// Every operation of spec/openapi.yaml answers successfully over HTTP, with the documented body and headers.
@Suite struct ContractCoverageTests {
    /// Operation ids that answered with their success status.
    final class Coverage {
        var succeeded = Set<String>()

        func check(_ operation: String, _ exchange: HTTPExchange, _ status: Int) {
            #expect(exchange.status == status, "\(operation) answered \(exchange.status): \(exchange.text)")
            if exchange.status == status { succeeded.insert(operation) }
        }
    }

    @Test func everyOperationOfTheContractAnswersSuccessfully() async throws {
        let server = try await TestServer.start()
        let coverage = Coverage()
        let owner = server.ownerKey

        let health = try await server.send("GET", "/api/health")
        coverage.check("getHealth", health, 200)
        #expect(health.object["status"] as? String == "ok")
        #expect(health.object["version"] as? String == "0.1.0")

        let me = try await server.send("GET", "/api/me", key: owner)
        coverage.check("getCurrentPrincipal", me, 200)
        let principal = me.object["principal"] as? [String: Any] ?? [:]
        #expect(principal["type"] as? String == "user")
        #expect(principal["displayName"] as? String == "Owner")
        #expect((me.object["organization"] as? [String: Any])?["name"] as? String == "Default organization")
        let myScopes = me.object["scopes"] as? [[String: Any]] ?? []
        #expect(myScopes.count == 1)
        #expect(myScopes.first?["permission"] as? String == "admin:*")
        // Organization-wide: no narrowing (the schema allows null or leaving the members out).
        #expect(myScopes.first.map { $0["resourceType"] == nil || $0["resourceType"] is NSNull } == true)
        #expect(myScopes.first.map { $0["resourceId"] == nil || $0["resourceId"] is NSNull } == true)
        let userId = principal["id"] as? String ?? ""

        // Scans and services.
        let ingested = try await server.ingest(
            service: "Billing API",
            endpoints: [
                TestServer.endpoint("POST", "/invoices", operationId: "createInvoice", tags: ["Invoices"], summary: "Create"),
                TestServer.endpoint("GET", "/invoices", operationId: "listInvoices", tags: ["Invoices"]),
                TestServer.endpoint("DELETE", "/a/{id}"),
            ],
            findings: [
                TestServer.finding("missing-servers", severity: "low"),
                TestServer.finding("missing-operation-id", severity: "high", method: "DELETE", path: "/a/{id}"),
            ])
        coverage.check("ingestScan", ingested, 201)
        let runId = ingested.object["scanRunId"] as? String ?? ""
        let serviceId = ingested.object["serviceId"] as? String ?? ""
        let jobId = ingested.object["jobId"] as? String ?? ""
        #expect(!runId.isEmpty && !serviceId.isEmpty && !jobId.isEmpty)
        #expect(ingested.object["endpointCount"] as? Int == 3)
        #expect(ingested.object["findingCount"] as? Int == 2)
        #expect(ingested.headers["location"] == server.baseURL + "/api/scans/" + runId, "Location must be where the run can be read")
        #expect(ingested.object["resultUrl"] as? String == server.baseURL + "/api/scans/" + runId)

        let runs = try await server.send("GET", "/api/scans", key: owner)
        coverage.check("listScanRuns", runs, 200)
        #expect(runs.items.map { $0["id"] as? String } == [runId])
        #expect(runs.object["nextCursor"] is NSNull)
        #expect(runs.items.first?["serviceName"] as? String == "Billing API")

        let run = try await server.send("GET", "/api/scans/" + runId, key: owner)
        coverage.check("getScanRun", run, 200)
        #expect(run.id == runId)
        #expect(run.object["serviceId"] as? String == serviceId)
        #expect((run.object["spec"] as? [String: Any])?["hash"] as? String == String(repeating: "ab", count: 32))
        #expect((run.object["spec"] as? [String: Any])?["title"] as? String == "Billing API")
        #expect(run.object["endpointCount"] as? Int == 3)
        #expect(run.object["findingCount"] as? Int == 2)
        #expect(TestServer.parseDate(run.object["createdAt"]) != nil)

        let endpoints = try await server.send("GET", "/api/scans/\(runId)/endpoints", key: owner)
        coverage.check("listScanEndpoints", endpoints, 200)
        #expect(
            endpoints.items.map { "\($0["method"] as? String ?? "") \($0["path"] as? String ?? "")" }
                == ["DELETE /a/{id}", "GET /invoices", "POST /invoices"],
            "the contract orders endpoints by path, then method")
        #expect(endpoints.items.last?["operationId"] as? String == "createInvoice")
        #expect(endpoints.items.last?["tags"] as? [String] == ["Invoices"])
        #expect(endpoints.items.first?["operationId"] is NSNull)

        let findings = try await server.send("GET", "/api/scans/\(runId)/findings", key: owner)
        coverage.check("listScanFindings", findings, 200)
        #expect(
            findings.items.map { $0["severity"] as? String } == ["high", "low"], "the contract lists the most severe first")
        #expect(findings.items.first?["path"] as? String == "/a/{id}")
        #expect(findings.items.last?["method"] is NSNull)

        let services = try await server.send("GET", "/api/services", key: owner)
        coverage.check("listServices", services, 200)
        #expect(services.items.map { $0["id"] as? String } == [serviceId])
        #expect(services.items.first?["scanCount"] as? Int == 1)
        #expect(services.items.first?["latestScanRunId"] as? String == runId)

        let service = try await server.send("GET", "/api/services/" + serviceId, key: owner)
        coverage.check("getService", service, 200)
        #expect(service.object["name"] as? String == "Billing API")
        #expect(service.object["latestScanRunId"] as? String == runId)
        #expect(TestServer.parseDate(service.object["lastScannedAt"]) != nil)

        // Service accounts.
        let account = try await server.send(
            "POST", "/api/service-accounts", key: owner,
            json: ["name": "CI publisher", "description": "Uploads scans", "role": "engineer"])
        coverage.check("createServiceAccount", account, 201)
        let accountId = account.id
        #expect(account.headers["location"] == server.baseURL + "/api/service-accounts/" + accountId)
        #expect(account.object["slug"] as? String == "ci-publisher")
        #expect(account.object["role"] as? String == "engineer")
        #expect(account.object["active"] as? Bool == true)

        let accounts = try await server.send("GET", "/api/service-accounts", key: owner)
        coverage.check("listServiceAccounts", accounts, 200)
        #expect(accounts.items.map { $0["id"] as? String } == [accountId])

        let fetchedAccount = try await server.send("GET", "/api/service-accounts/" + accountId, key: owner)
        coverage.check("getServiceAccount", fetchedAccount, 200)
        #expect(fetchedAccount.object["name"] as? String == "CI publisher")

        let changedAccount = try await server.send(
            "PATCH", "/api/service-accounts/" + accountId, key: owner, json: ["name": "CI uploader", "role": "viewer"])
        coverage.check("updateServiceAccount", changedAccount, 200)
        #expect(changedAccount.object["name"] as? String == "CI uploader")
        #expect(changedAccount.object["role"] as? String == "viewer")
        #expect(changedAccount.object["slug"] as? String == "ci-publisher", "the slug does not change on rename")
        #expect(changedAccount.object["description"] as? String == "Uploads scans")

        // API keys.
        let created = try await server.send(
            "POST", "/api/api-keys", key: owner,
            json: [
                "name": "CI key", "description": "main branch",
                "owner": ["type": "service_account", "id": accountId],
                "scopes": ["scans:write", ["permission": "services:read"]], "expiresInDays": 30,
            ])
        coverage.check("createApiKey", created, 201)
        let keyId = created.id
        let raw = created.object["rawKey"] as? String ?? ""
        #expect(created.headers["location"] == server.baseURL + "/api/api-keys/" + keyId)
        #expect(KeyFormat.isWellFormed(raw) && raw.hasPrefix("specc_"))
        #expect(created.object["prefix"] as? String == String(raw.prefix(12)))
        #expect(!(created.object["warning"] as? String ?? "").isEmpty)
        #expect(created.object["status"] as? String == "active")
        #expect(created.object["createdBy"] as? String == userId)
        #expect(created.object["lastUsedAt"] is NSNull)
        let createdOwner = created.object["owner"] as? [String: Any] ?? [:]
        #expect(createdOwner["type"] as? String == "service_account")
        #expect(createdOwner["id"] as? String == accountId)
        #expect(createdOwner["displayName"] as? String == "CI uploader")
        #expect(
            (created.object["scopes"] as? [[String: Any]] ?? []).map { $0["permission"] as? String }
                == ["scans:write", "services:read"])
        if let expires = TestServer.parseDate(created.object["expiresAt"]) {
            #expect(abs(expires.timeIntervalSinceNow - 30 * 86_400) < 600)
        } else {
            Issue.record("expiresAt missing: \(created.text)")
        }

        let keys = try await server.send("GET", "/api/api-keys", key: owner)
        coverage.check("listApiKeys", keys, 200)
        #expect(keys.items.count == 2)
        #expect(keys.items.first?["id"] as? String == keyId, "newest first")
        #expect(keys.items.allSatisfy { $0["rawKey"] == nil }, "lists never carry a secret")
        #expect(!keys.text.contains(raw))
        let ownerKeyId = keys.items.last?["id"] as? String ?? ""
        #expect(keys.items.last?["prefix"] as? String == String(owner.prefix(12)))

        let key = try await server.send("GET", "/api/api-keys/" + keyId, key: owner)
        coverage.check("getApiKey", key, 200)
        #expect(key.object["rawKey"] == nil && key.object["warning"] == nil)
        #expect(key.object["prefix"] as? String == String(raw.prefix(12)))

        let updated = try await server.send(
            "PATCH", "/api/api-keys/" + keyId, key: owner, json: ["name": "CI key (main)", "scopes": ["scans:write"]])
        coverage.check("updateApiKey", updated, 200)
        #expect(updated.object["name"] as? String == "CI key (main)")
        #expect(updated.object["description"] as? String == "main branch")
        #expect((updated.object["scopes"] as? [[String: Any]] ?? []).map { $0["permission"] as? String } == ["scans:write"])

        let rotated = try await server.send("POST", "/api/api-keys/\(keyId)/rotate", key: owner)
        coverage.check("rotateApiKey", rotated, 200)
        let rotatedRaw = rotated.object["rawKey"] as? String ?? ""
        #expect(rotated.id == keyId)
        #expect(KeyFormat.isWellFormed(rotatedRaw) && rotatedRaw != raw)
        #expect(rotated.object["prefix"] as? String == String(rotatedRaw.prefix(12)))
        #expect(!(rotated.object["warning"] as? String ?? "").isEmpty)

        let revoked = try await server.send(
            "POST", "/api/api-keys/\(keyId)/revoke", key: owner, json: ["reason": "Posted in a build log"])
        coverage.check("revokeApiKey", revoked, 200)
        #expect(revoked.object["status"] as? String == "revoked")
        #expect(revoked.object["revocationReason"] as? String == "Posted in a build log")
        #expect(TestServer.parseDate(revoked.object["revokedAt"]) != nil)

        var usage = try await server.send("GET", "/api/api-keys/\(ownerKeyId)/usage", key: owner)
        let usageDeadline = Date().addingTimeInterval(3)
        while usage.status == 200, usage.items.isEmpty, Date() < usageDeadline {
            try await Task.sleep(for: .milliseconds(100))
            usage = try await server.send("GET", "/api/api-keys/\(ownerKeyId)/usage", key: owner)
        }
        coverage.check("listApiKeyUsage", usage, 200)
        #expect(!usage.items.isEmpty, "the owner key has been used: \(usage.text)")

        // Jobs.
        let jobs = try await server.send("GET", "/api/jobs", key: owner)
        coverage.check("listJobs", jobs, 200)
        #expect(jobs.items.map { $0["id"] as? String } == [jobId])

        let finished = try await server.waitForJob(jobId)
        let job = try await server.send("GET", "/api/jobs/" + jobId, key: owner)
        coverage.check("getJob", job, 200)
        #expect(finished["status"] as? String == "completed")
        #expect(job.object["type"] as? String == "scan_comparison")
        #expect(job.object["scanRunId"] as? String == runId)
        #expect(job.object["serviceId"] as? String == serviceId)
        #expect(job.object["previousScanRunId"] is NSNull)
        #expect(job.object["createdBy"] as? String == userId)

        let elsewhere = try await server.insertJobRunningElsewhere(copying: jobId)
        let cancelled = try await server.send("POST", "/api/jobs/\(elsewhere)/cancel", key: owner)
        coverage.check("cancelJob", cancelled, 200)
        #expect(cancelled.object["status"] as? String == "cancelled")
        #expect(cancelled.object["result"] is NSNull)
        #expect(TestServer.parseDate(cancelled.object["completedAt"]) != nil)

        // Workspace.
        let application = try await server.send("GET", "/api/workspace/application-key", key: owner)
        coverage.check("getApplicationKey", application, 200)
        let applicationPrefix = application.object["prefix"] as? String ?? ""
        #expect(applicationPrefix.count == 12 && applicationPrefix.hasPrefix("specca_"))
        #expect(application.object["rotationDue"] as? Bool == false)
        #expect(
            Set((application.object["scopes"] as? [[String: Any]] ?? []).compactMap { $0["permission"] as? String })
                == ["scans:read", "scans:write", "services:read", "jobs:read"])

        let regenerated = try await server.send("POST", "/api/workspace/application-key/regenerate", key: owner)
        coverage.check("regenerateApplicationKey", regenerated, 200)
        let applicationRaw = regenerated.object["applicationKey"] as? String ?? ""
        #expect(KeyFormat.isWellFormed(applicationRaw) && applicationRaw.hasPrefix("specca_"))
        #expect(regenerated.object["prefix"] as? String == String(applicationRaw.prefix(12)))
        #expect(regenerated.object["prefix"] as? String != applicationPrefix)
        #expect(!(regenerated.object["warning"] as? String ?? "").isEmpty)
        #expect(TestServer.parseDate(regenerated.object["lastRotatedAt"]) != nil)

        let contract = try TestServer.contractOperationIds()
        #expect(contract.count >= 25)
        #expect(contract == Set(OperationPolicy.table.keys), "the access policy table and the contract differ")
        #expect(coverage.succeeded == contract, "not answered successfully: \(contract.subtracting(coverage.succeeded).sorted())")
        await server.stopAndRemove()
    }

    @Test func keysPageWithLimitAndCursor() async throws {
        let server = try await TestServer.start()
        var created: [String] = []
        for index in 0..<4 { created.append(try await server.issueKey(scopes: ["scans:read"], name: "key \(index)").id) }
        let (items, sizes) = try await server.collectPages("/api/api-keys", limit: 2)
        #expect(sizes == [2, 2, 1])
        let ids = items.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == 5)
        #expect(Array(ids.prefix(4)) == created.reversed(), "newest first across pages")
        #expect(items.last?["name"] as? String == "Owner key")
        let whole = try await server.send("GET", "/api/api-keys?limit=100", key: server.ownerKey)
        #expect(whole.items.compactMap { $0["id"] as? String } == ids)
        #expect(whole.object["nextCursor"] is NSNull)
        let exact = try await server.send("GET", "/api/api-keys?limit=5", key: server.ownerKey)
        #expect(exact.items.count == 5)
        #expect(exact.object["nextCursor"] is NSNull, "a page that ends the list has no cursor")
        await server.stopAndRemove()
    }

    @Test func scanRunsEndpointsFindingsAndServicesPage() async throws {
        let server = try await TestServer.start()
        let paths = ["/e", "/b", "/d", "/a", "/c"]
        var runIds: [String] = []
        for name in ["Zeta API", "Alpha API", "Mu API"] {
            let upload = try await server.ingest(
                service: name, endpoints: paths.map { TestServer.endpoint("GET", $0) },
                findings: [
                    TestServer.finding("one", severity: "info"), TestServer.finding("two", severity: "critical"),
                    TestServer.finding("three", severity: "medium"),
                ])
            #expect(upload.status == 201, "\(upload.text)")
            runIds.append(upload.object["scanRunId"] as? String ?? "")
        }

        let runs = try await server.collectPages("/api/scans", limit: 2)
        #expect(runs.pageSizes == [2, 1])
        #expect(runs.items.compactMap { $0["id"] as? String } == runIds.reversed(), "most recent first")

        let endpoints = try await server.collectPages("/api/scans/\(runIds[0])/endpoints", limit: 2)
        #expect(endpoints.pageSizes == [2, 2, 1])
        #expect(endpoints.items.compactMap { $0["path"] as? String } == ["/a", "/b", "/c", "/d", "/e"])
        #expect(Set(endpoints.items.compactMap { $0["id"] as? String }).count == 5)

        let findings = try await server.collectPages("/api/scans/\(runIds[0])/findings", limit: 2)
        #expect(findings.pageSizes == [2, 1])
        #expect(findings.items.compactMap { $0["severity"] as? String } == ["critical", "medium", "info"])

        let services = try await server.collectPages("/api/services", limit: 2)
        #expect(services.pageSizes == [2, 1])
        #expect(
            services.items.compactMap { $0["name"] as? String } == ["Alpha API", "Mu API", "Zeta API"],
            "the contract lists services in name order")
        await server.stopAndRemove()
    }
}
