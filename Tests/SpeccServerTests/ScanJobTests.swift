import Foundation
import Testing

@testable import SpeccServer

/// Every upload queues a comparison job that the background worker completes.
@Suite struct ScanJobTests {
    static func references(_ list: Any?) -> [String] {
        (list as? [[String: Any]] ?? []).map { "\($0["method"] as? String ?? "?") \($0["path"] as? String ?? "?")" }
    }

    @Test func aSecondUploadIsComparedWithTheFirst() async throws {
        let server = try await TestServer.start()
        let first = try await server.ingest(
            service: "Orders",
            endpoints: [
                TestServer.endpoint("GET", "/orders", operationId: "listOrders"),
                TestServer.endpoint("POST", "/orders", operationId: "createOrder", summary: "Create"),
                TestServer.endpoint("DELETE", "/orders/{id}", operationId: "deleteOrder"),
                TestServer.endpoint("GET", "/orders/{id}", operationId: "getOrder", tags: ["Orders"]),
            ])
        #expect(first.status == 201)
        let firstRun = first.object["scanRunId"] as? String ?? ""
        let firstJob = try await server.waitForJob(first.object["jobId"] as? String ?? "")
        #expect(firstJob["status"] as? String == "completed")
        #expect(firstJob["previousScanRunId"] is NSNull)
        #expect(firstJob["total"] as? Int == 1)
        #expect(firstJob["progress"] as? Int == 1)
        let firstResult = firstJob["result"] as? [String: Any] ?? [:]
        #expect(
            Self.references(firstResult["added"])
                == ["GET /orders", "POST /orders", "DELETE /orders/{id}", "GET /orders/{id}"],
            "sorted by path, then method")
        #expect(Self.references(firstResult["removed"]).isEmpty)

        let second = try await server.ingest(
            service: "Orders",
            endpoints: [
                TestServer.endpoint("GET", "/orders", operationId: "listOrders"),
                TestServer.endpoint("POST", "/orders", operationId: "createOrder", summary: "Create an order"),
                TestServer.endpoint("GET", "/orders/{id}", operationId: "getOrder", tags: ["Orders", "Read"]),
                TestServer.endpoint("PUT", "/orders/{id}", operationId: "replaceOrder"),
            ])
        #expect(second.status == 201)
        #expect(second.object["serviceId"] as? String == first.object["serviceId"] as? String)
        let secondId = second.object["jobId"] as? String ?? ""
        let job = try await server.waitForJob(secondId)
        #expect(job["status"] as? String == "completed", "\(job)")
        #expect(job["type"] as? String == "scan_comparison")
        #expect(job["previousScanRunId"] as? String == firstRun)
        #expect(job["scanRunId"] as? String == second.object["scanRunId"] as? String)
        #expect(job["total"] as? Int == 2)
        #expect(job["progress"] as? Int == 2)
        #expect(job["errorMessage"] is NSNull)
        #expect(TestServer.parseDate(job["startedAt"]) != nil)
        #expect(TestServer.parseDate(job["completedAt"]) != nil)
        let result = job["result"] as? [String: Any] ?? [:]
        #expect(Self.references(result["added"]) == ["PUT /orders/{id}"])
        #expect(Self.references(result["removed"]) == ["DELETE /orders/{id}"])
        #expect(Self.references(result["changed"]) == ["POST /orders", "GET /orders/{id}"])

        let cancel = try await server.send("POST", "/api/jobs/\(secondId)/cancel", key: server.ownerKey)
        #expect(cancel.status == 409)
        #expect(cancel.errorCode == "conflict")
        let after = try await server.send("GET", "/api/jobs/" + secondId, key: server.ownerKey)
        #expect(after.object["status"] as? String == "completed", "a refused cancel changes nothing")

        let running = try await server.insertJobRunningElsewhere(copying: secondId)
        let cancelled = try await server.send("POST", "/api/jobs/\(running)/cancel", key: server.ownerKey)
        #expect(cancelled.status == 200)
        #expect(cancelled.object["status"] as? String == "cancelled")
        let twice = try await server.send("POST", "/api/jobs/\(running)/cancel", key: server.ownerKey)
        #expect(twice.status == 409)

        let completed = try await server.send("GET", "/api/jobs?status=completed", key: server.ownerKey)
        #expect(completed.status == 200)
        #expect(Set(completed.items.compactMap { $0["id"] as? String }) == [first.object["jobId"] as? String ?? "", secondId])
        #expect(completed.items.allSatisfy { $0["status"] as? String == "completed" })
        let cancelledList = try await server.send("GET", "/api/jobs?status=cancelled", key: server.ownerKey)
        #expect(cancelledList.items.compactMap { $0["id"] as? String } == [running])
        let queued = try await server.send("GET", "/api/jobs?status=queued", key: server.ownerKey)
        #expect(queued.status == 200 && queued.items.isEmpty)
        let all = try await server.send("GET", "/api/jobs?limit=2", key: server.ownerKey)
        #expect(all.items.count == 2)
        #expect(all.nextCursor != nil)
        await server.stopAndRemove()
    }

    @Test func theApplicationKeyCanUploadAndFollowItsJob() async throws {
        let server = try await TestServer.start()
        let regenerated = try await server.send("POST", "/api/workspace/application-key/regenerate", key: server.ownerKey)
        let application = regenerated.object["applicationKey"] as? String ?? ""
        let upload = try await server.send(
            "POST", "/api/scans/ingest", key: application, header: .appkey,
            json: TestServer.scanBody(service: "Via app key", endpoints: [TestServer.endpoint("GET", "/x")]))
        #expect(upload.status == 201, "\(upload.text)")
        let job = try await server.waitForJob(upload.object["jobId"] as? String ?? "", key: application)
        #expect(job["status"] as? String == "completed")
        #expect(job["createdBy"] is NSNull, "the application key is no principal")
        await server.stopAndRemove()
    }
}
