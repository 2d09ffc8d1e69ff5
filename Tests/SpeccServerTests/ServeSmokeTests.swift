import Foundation
import Testing

@testable import SpeccServer

@Suite struct ServeSmokeTests {
    @Test func healthNeedsNoKeyAndMeNeedsOne() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stopAndRemove() } }
        #expect(KeyFormat.isWellFormed(server.ownerKey))
        let health = try await server.send("GET", "/api/health")
        #expect(health.status == 200)
        #expect(health.object["status"] as? String == "ok")
        let anonymous = try await server.send("GET", "/api/me")
        #expect(anonymous.status == 401)
        #expect(anonymous.errorCode == "unauthenticated")
        #expect(anonymous.headers["www-authenticate"] == "Bearer realm=\"specc\"")
        let me = try await server.send("GET", "/api/me", key: server.ownerKey)
        #expect(me.status == 200, "\(me.text)")
        let viaAppKeyHeader = try await server.send("GET", "/api/me", key: server.ownerKey, header: .appkey)
        #expect(viaAppKeyHeader.status == 200)
    }
}
