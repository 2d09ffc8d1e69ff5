import Foundation
import Testing

@testable import SpeccServer

/// The workspace application key: regenerated on request, limited to its four scopes, due after 90 days.
@Suite struct ApplicationKeyTests {
    @Test func aRegeneratedKeyWorksWithItsFourScopesAndReplacesTheOldOne() async throws {
        let server = try await TestServer.start()
        let firstAnswer = try await server.send("POST", "/api/workspace/application-key/regenerate", key: server.ownerKey)
        #expect(firstAnswer.status == 200)
        let first = firstAnswer.object["applicationKey"] as? String ?? ""
        #expect(first.hasPrefix("specca_") && KeyFormat.isWellFormed(first))

        let me = try await server.send("GET", "/api/me", key: first, header: .appkey)
        #expect(me.status == 200, "\(me.text)")
        #expect(
            Set((me.object["scopes"] as? [[String: Any]] ?? []).compactMap { $0["permission"] as? String })
                == ["scans:read", "scans:write", "services:read", "jobs:read"])
        let upload = try await server.send(
            "POST", "/api/scans/ingest", key: first, header: .appkey,
            json: TestServer.scanBody(service: "App", endpoints: [TestServer.endpoint("GET", "/a")]))
        #expect(upload.status == 201)
        for path in ["/api/scans", "/api/services", "/api/jobs"] {
            #expect(try await server.send("GET", path, key: first, header: .appkey).status == 200, "\(path)")
        }
        let refusals: [(String, String)] = [
            ("GET", "/api/api-keys"), ("GET", "/api/api-keys/\(UUID())"), ("GET", "/api/api-keys/\(UUID())/usage"),
            ("GET", "/api/service-accounts"), ("GET", "/api/workspace/application-key"),
            ("POST", "/api/workspace/application-key/regenerate"), ("POST", "/api/jobs/\(UUID())/cancel"),
        ]
        for (method, path) in refusals {
            let answer = try await server.send(method, path, key: first, header: .appkey)
            #expect(answer.status == 403, "\(method) \(path) with the application key: \(answer.status)")
            #expect(answer.errorCode == "forbidden")
        }

        let secondAnswer = try await server.send("POST", "/api/workspace/application-key/regenerate", key: server.ownerKey)
        let second = secondAnswer.object["applicationKey"] as? String ?? ""
        #expect(second != first && KeyFormat.isWellFormed(second))
        let old = try await server.send("GET", "/api/scans", key: first, header: .appkey)
        #expect(old.status == 401)
        #expect(old.errorCode == "unauthenticated")
        #expect(try await server.send("GET", "/api/scans", key: second, header: .appkey).status == 200)
        #expect(try await server.send("GET", "/api/scans", key: second).status == 200, "Bearer works too")

        let shown = try await server.send("GET", "/api/workspace/application-key", key: server.ownerKey)
        #expect(shown.object["prefix"] as? String == String(second.prefix(12)))
        #expect(shown.object["applicationKey"] == nil && !shown.text.contains(second))
        await server.stopAndRemove()
    }

    @Test func rotationBecomesDueAfterNinetyDays() async throws {
        let clock = TestClock()
        let server = try await TestServer.start { $0.now = clock.closure }
        let fresh = try await server.send("GET", "/api/workspace/application-key", key: server.ownerKey)
        #expect(fresh.status == 200)
        #expect(fresh.object["rotationDue"] as? Bool == false)
        let created = TestServer.parseDate(fresh.object["lastRotatedAt"])
        #expect(created != nil)

        clock.advance(by: 89 * 86_400)
        let early = try await server.send("GET", "/api/workspace/application-key", key: server.ownerKey)
        #expect(early.object["rotationDue"] as? Bool == false)
        clock.advance(by: 2 * 86_400)
        let due = try await server.send("GET", "/api/workspace/application-key", key: server.ownerKey)
        #expect(due.object["rotationDue"] as? Bool == true)
        #expect(TestServer.parseDate(due.object["lastRotatedAt"]) == created)

        let regenerated = try await server.send("POST", "/api/workspace/application-key/regenerate", key: server.ownerKey)
        #expect(regenerated.status == 200)
        let rotatedAt = TestServer.parseDate(regenerated.object["lastRotatedAt"])
        #expect(rotatedAt != nil && abs((rotatedAt ?? .distantPast).timeIntervalSince(clock.now)) < 1)
        let after = try await server.send("GET", "/api/workspace/application-key", key: server.ownerKey)
        #expect(after.object["rotationDue"] as? Bool == false)
        #expect(after.object["prefix"] as? String == regenerated.object["prefix"] as? String)
        await server.stopAndRemove()
    }
}
