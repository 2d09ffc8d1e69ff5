import Foundation
import Testing

@testable import SpeccServer

/// Scopes narrowed to one service limit reads to that service and forbid uploads for any other.
@Suite struct NarrowedScopeTests {
    @Test func aScopeNarrowedToOneServiceLimitsReadsAndUploads() async throws {
        let server = try await TestServer.start()
        let first = try await server.ingest(service: "Service A", endpoints: [TestServer.endpoint("GET", "/a")])
        let second = try await server.ingest(service: "Service B", endpoints: [TestServer.endpoint("GET", "/b")])
        #expect(first.status == 201 && second.status == 201)
        let serviceA = first.object["serviceId"] as? String ?? ""
        let serviceB = second.object["serviceId"] as? String ?? ""
        let runA = first.object["scanRunId"] as? String ?? ""
        let runB = second.object["scanRunId"] as? String ?? ""
        func onA(_ permission: String) -> [String: Any] {
            ["permission": permission, "resourceType": "service", "resourceId": serviceA]
        }
        let narrow = try await server.issueKey(scopes: [onA("scans:read"), onA("scans:write"), onA("services:read")])
        let scopes = narrow.record["scopes"] as? [[String: Any]] ?? []
        #expect(scopes.count == 3)
        #expect(scopes.allSatisfy { $0["resourceType"] as? String == "service" && $0["resourceId"] as? String == serviceA })

        let runs = try await server.send("GET", "/api/scans", key: narrow.raw)
        #expect(runs.status == 200)
        #expect(runs.items.compactMap { $0["id"] as? String } == [runA])
        #expect(try await server.send("GET", "/api/scans/" + runA, key: narrow.raw).status == 200)
        #expect(try await server.send("GET", "/api/scans/\(runA)/endpoints", key: narrow.raw).status == 200)
        for path in ["/api/scans/" + runB, "/api/scans/\(runB)/endpoints", "/api/scans/\(runB)/findings", "/api/services/" + serviceB] {
            let answer = try await server.send("GET", path, key: narrow.raw)
            #expect(answer.status == 404, "\(path) outside the key's service: \(answer.status) \(answer.text)")
            #expect(answer.errorCode == "not_found")
        }
        let services = try await server.send("GET", "/api/services", key: narrow.raw)
        #expect(services.items.compactMap { $0["id"] as? String } == [serviceA])
        #expect(try await server.send("GET", "/api/services/" + serviceA, key: narrow.raw).status == 200)

        let ownService = try await server.ingest(service: "Service A", endpoints: [TestServer.endpoint("GET", "/a2")], key: narrow.raw)
        #expect(ownService.status == 201, "\(ownService.text)")
        #expect(ownService.object["serviceId"] as? String == serviceA)
        let otherService = try await server.ingest(service: "Service B", endpoints: [TestServer.endpoint("GET", "/b2")], key: narrow.raw)
        #expect(otherService.status == 403)
        #expect(otherService.errorCode == "forbidden")
        let newService = try await server.ingest(service: "Service C", endpoints: [TestServer.endpoint("GET", "/c")], key: narrow.raw)
        #expect(newService.status == 403)
        #expect(newService.errorCode == "forbidden")

        let all = try await server.send("GET", "/api/services", key: server.ownerKey)
        #expect(Set(all.items.compactMap { $0["name"] as? String }) == ["Service A", "Service B"], "no service was created")
        let serviceBRecord = try await server.send("GET", "/api/services/" + serviceB, key: server.ownerKey)
        #expect(serviceBRecord.object["scanCount"] as? Int == 1, "the refused upload stored nothing")

        // Narrowing applies per permission: scans:read on A does not open services:read elsewhere.
        let readsOnly = try await server.issueKey(scopes: [onA("scans:read")])
        #expect(try await server.send("GET", "/api/services", key: readsOnly.raw).status == 403)
        #expect(try await server.ingest(service: "Service A", endpoints: [], key: readsOnly.raw).status == 403)

        // Other permissions narrowed to a service are accepted but grant nothing.
        let narrowedKeys = try await server.issueKey(scopes: [onA("api-keys:read"), onA("jobs:read")])
        for path in ["/api/api-keys", "/api/api-keys/" + narrowedKeys.id, "/api/jobs"] {
            let answer = try await server.send("GET", path, key: narrowedKeys.raw)
            #expect(answer.status == 403, "\(path) with a narrowed non-scan permission: \(answer.status) \(answer.text)")
        }
        // admin:* narrowed to a service acts on that service's scans only.
        let narrowAdmin = try await server.issueKey(scopes: [onA("admin:*")])
        let adminRuns = try await server.send("GET", "/api/scans", key: narrowAdmin.raw)
        #expect(adminRuns.status == 200)
        #expect(Set(adminRuns.items.compactMap { $0["serviceId"] as? String }) == [serviceA])
        #expect(try await server.send("GET", "/api/services/" + serviceB, key: narrowAdmin.raw).status == 404)
        #expect(try await server.ingest(service: "Service B", endpoints: [], key: narrowAdmin.raw).status == 403)
        #expect(try await server.send("GET", "/api/api-keys", key: narrowAdmin.raw).status == 403)
        #expect(try await server.send("GET", "/api/workspace/application-key", key: narrowAdmin.raw).status == 403)

        let halfNarrowed = try await server.send(
            "POST", "/api/api-keys", key: server.ownerKey,
            json: [
                "name": "bad", "owner": ["type": "user", "id": try await server.ownerUserId()],
                "scopes": [["permission": "scans:read", "resourceType": "service"]],
            ])
        #expect(halfNarrowed.status == 400, "resourceType without resourceId: \(halfNarrowed.text)")
        #expect(halfNarrowed.errorCode == "invalid_request")
        await server.stopAndRemove()
    }
}
