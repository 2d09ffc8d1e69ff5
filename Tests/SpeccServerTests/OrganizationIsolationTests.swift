import Foundation
import Testing

@testable import SpeccServer

/// A second organization's owner key cannot see or touch the first organization's resources: every id of
/// the first reads as unknown (404), never as forbidden (403) or found (200).
@Suite struct OrganizationIsolationTests {
    @Test func anotherOrganizationGetsNotFoundForEveryId() async throws {
        let server = try await TestServer.start()
        let owner = server.ownerKey
        let upload = try await server.ingest(
            service: "Billing API", endpoints: [TestServer.endpoint("GET", "/a")],
            findings: [TestServer.finding("x", severity: "low")])
        #expect(upload.status == 201)
        let runId = upload.object["scanRunId"] as? String ?? ""
        let serviceId = upload.object["serviceId"] as? String ?? ""
        let jobId = upload.object["jobId"] as? String ?? ""
        _ = try await server.waitForJob(jobId)
        let runningJob = try await server.insertJobRunningElsewhere(copying: jobId)
        let account = try await server.send("POST", "/api/service-accounts", key: owner, json: ["name": "Robot", "role": "viewer"])
        #expect(account.status == 201)
        let accountId = account.id
        let key = try await server.issueKey(scopes: ["scans:read"], name: "first org key")

        let other = try await server.createOrganization(name: "Other Corp")
        let otherMe = try await server.send("GET", "/api/me", key: other.ownerKey)
        #expect(otherMe.status == 200)
        #expect((otherMe.object["organization"] as? [String: Any])?["id"] as? String == other.id)
        #expect((otherMe.object["organization"] as? [String: Any])?["name"] as? String == "Other Corp")

        let requests: [(String, String, Any?)] = [
            ("GET", "/api/scans/" + runId, nil),
            ("GET", "/api/scans/\(runId)/endpoints", nil),
            ("GET", "/api/scans/\(runId)/findings", nil),
            ("GET", "/api/services/" + serviceId, nil),
            ("GET", "/api/api-keys/" + key.id, nil),
            ("PATCH", "/api/api-keys/" + key.id, ["name": "taken over"]),
            ("POST", "/api/api-keys/\(key.id)/rotate", nil),
            ("POST", "/api/api-keys/\(key.id)/revoke", ["reason": "hostile"]),
            ("GET", "/api/api-keys/\(key.id)/usage", nil),
            ("GET", "/api/service-accounts/" + accountId, nil),
            ("PATCH", "/api/service-accounts/" + accountId, ["active": false]),
            ("GET", "/api/jobs/" + jobId, nil),
            ("POST", "/api/jobs/\(runningJob)/cancel", nil),
        ]
        for (method, path, body) in requests {
            let answer = try await server.send(method, path, key: other.ownerKey, json: body)
            #expect(answer.status == 404, "\(method) \(path) from another organization: \(answer.status) \(answer.text)")
            #expect(answer.errorCode == "not_found")
            // Indistinguishable from an id that exists nowhere.
            let unknownId = UUID().uuidString.lowercased()
            let unknownPath = path.replacingOccurrences(
                of: [runId, serviceId, key.id, accountId, jobId, runningJob].first { path.contains($0) } ?? "", with: unknownId)
            let unknown = try await server.send(method, unknownPath, key: owner, json: body)
            #expect(unknown.status == 404)
            #expect(unknown.text == answer.text, "\(method) \(path)")
        }

        // Nothing changed in the first organization.
        let stillKey = try await server.send("GET", "/api/api-keys/" + key.id, key: owner)
        #expect(stillKey.object["status"] as? String == "active")
        #expect(stillKey.object["name"] as? String == "first org key")
        let stillWorks = try await server.send("GET", "/api/scans", key: key.raw)
        #expect(stillWorks.status == 200)
        let stillAccount = try await server.send("GET", "/api/service-accounts/" + accountId, key: owner)
        #expect(stillAccount.object["active"] as? Bool == true)
        let stillRunning = try await server.send("GET", "/api/jobs/" + runningJob, key: owner)
        #expect(stillRunning.object["status"] as? String == "running")

        // The other organization's lists hold only its own things.
        for path in ["/api/scans", "/api/services", "/api/service-accounts", "/api/jobs"] {
            let list = try await server.send("GET", path, key: other.ownerKey)
            #expect(list.status == 200)
            #expect(list.items.isEmpty, "\(path) of the other organization: \(list.text)")
        }
        let otherKeys = try await server.send("GET", "/api/api-keys", key: other.ownerKey)
        #expect(otherKeys.items.count == 1)
        #expect(otherKeys.items.first?["prefix"] as? String == String(other.ownerKey.prefix(12)))

        // The same service name in the other organization is a different service.
        let otherUpload = try await server.ingest(
            service: "Billing API", endpoints: [TestServer.endpoint("GET", "/b")], key: other.ownerKey)
        #expect(otherUpload.status == 201)
        #expect(otherUpload.object["serviceId"] as? String != serviceId)
        let firstServices = try await server.send("GET", "/api/services", key: owner)
        #expect(firstServices.items.first?["scanCount"] as? Int == 1)

        // A key of the first organization cannot be given to a principal of the other.
        let otherUser = (otherMe.object["principal"] as? [String: Any])?["id"] as? String ?? ""
        let crossOwner = try await server.send(
            "POST", "/api/api-keys", key: owner,
            json: ["name": "cross", "owner": ["type": "user", "id": otherUser], "scopes": ["scans:read"]])
        #expect(crossOwner.status == 400, "\(crossOwner.text)")
        #expect(crossOwner.errorCode == "invalid_request")

        // The application key of the other organization does not see the first one's scans.
        let regenerated = try await server.send("POST", "/api/workspace/application-key/regenerate", key: other.ownerKey)
        let otherApplication = regenerated.object["applicationKey"] as? String ?? ""
        let viaApplication = try await server.send("GET", "/api/scans/" + runId, key: otherApplication, header: .appkey)
        #expect(viaApplication.status == 404)
        await server.stopAndRemove()
    }
}
