import Foundation
import Testing

@testable import SpeccServer

/// Validation failures (400 with details), oversized bodies (413) and the rate limit (429).
@Suite struct ErrorResponseTests {
    static func expectDetails(_ answer: HTTPExchange, _ comment: String) {
        #expect(answer.status == 400, "\(comment): \(answer.text)")
        #expect(answer.errorCode == "invalid_request", "\(comment)")
        #expect(!(answer.object["error"] as? [String: Any] ?? [:]).isEmpty)
        #expect(!answer.details.isEmpty, "\(comment): details")
        for detail in answer.details {
            #expect(detail["path"] is String, "\(comment): \(detail)")
            #expect(!(detail["problem"] as? String ?? "").isEmpty, "\(comment): \(detail)")
        }
    }

    @Test func invalidBodiesAnswer400WithDetails() async throws {
        let server = try await TestServer.start()
        let malformed = try await server.send(
            "POST", "/api/scans/ingest", key: server.ownerKey, rawBody: Data("{\"service\": {\"name\": ".utf8))
        Self.expectDetails(malformed, "malformed JSON")

        var missing = TestServer.scanBody(service: "S", endpoints: [])
        missing["findings"] = nil
        let missingField = try await server.send("POST", "/api/scans/ingest", key: server.ownerKey, json: missing)
        Self.expectDetails(missingField, "missing findings")

        let badHash = try await server.ingest(service: "S", endpoints: [], hash: "NOT-A-HASH")
        Self.expectDetails(badHash, "invalid hash")
        // The contract writes body paths as JSON Pointers (`/spec/hash`); the decoder's dotted form (`spec.hash`)
        // is accepted too, as long as every layer uses the same notation.
        let hashPath = badHash.details.first?["path"] as? String ?? ""
        #expect(["/spec/hash", "spec.hash"].contains(hashPath), "\(badHash.text)")
        func bodyPath(_ parts: [String]) -> String {
            hashPath.hasPrefix("/") ? "/" + parts.joined(separator: "/") : parts.joined(separator: ".")
        }
        #expect(missingField.details.first?["path"] as? String == bodyPath(["findings"]), "\(missingField.text)")

        let badMethod = try await server.ingest(service: "S", endpoints: [TestServer.endpoint("FETCH", "/a")])
        Self.expectDetails(badMethod, "invalid method")
        #expect(
            badMethod.details.first?["path"] as? String == bodyPath(["endpoints", "0", "method"]),
            "detail paths must use one notation (hash: \(hashPath)): \(badMethod.text)")
        var longPath = TestServer.endpoint("GET", "/a")
        longPath["path"] = String(repeating: "x", count: 1001)
        let decoderPath = try await server.ingest(service: "S", endpoints: [TestServer.endpoint("GET", "/ok"), longPath])
        Self.expectDetails(decoderPath, "path too long")
        #expect(
            decoderPath.details.first?["path"] as? String == bodyPath(["endpoints", "1", "path"]),
            "detail paths must use one notation (hash: \(hashPath)): \(decoderPath.text)")

        var extra = TestServer.scanBody(service: "S", endpoints: [])
        extra["organization"] = "someone else"
        let unknownMember = try await server.send("POST", "/api/scans/ingest", key: server.ownerKey, json: extra)
        Self.expectDetails(unknownMember, "a member the contract does not allow")

        let emptyService = try await server.ingest(service: "", endpoints: [])
        Self.expectDetails(emptyService, "empty service name")

        let account = try await server.send(
            "POST", "/api/service-accounts", key: server.ownerKey, json: ["name": "Robot", "role": "overlord"])
        Self.expectDetails(account, "unknown role")

        let emptyPatch = try await server.send("PATCH", "/api/service-accounts/\(UUID())", key: server.ownerKey, json: [:] as [String: Any])
        #expect(emptyPatch.status == 400, "an empty change: \(emptyPatch.text)")

        let scans = try await server.send("GET", "/api/scans", key: server.ownerKey)
        #expect(scans.items.isEmpty, "nothing was stored")
        await server.stopAndRemove()
    }

    @Test func invalidQueryParametersAnswer400() async throws {
        let server = try await TestServer.start()
        for query in ["limit=0", "limit=101", "limit=ten"] {
            let answer = try await server.send("GET", "/api/api-keys?" + query, key: server.ownerKey)
            Self.expectDetails(answer, query)
            #expect(answer.details.first?["path"] as? String == "limit")
        }
        let cursor = try await server.send("GET", "/api/scans?cursor=nonsense", key: server.ownerKey)
        Self.expectDetails(cursor, "cursor")
        #expect(cursor.details.first?["path"] as? String == "cursor")
        let status = try await server.send("GET", "/api/jobs?status=sleeping", key: server.ownerKey)
        Self.expectDetails(status, "job status")
        #expect(status.details.first?["path"] as? String == "status")
        await server.stopAndRemove()
    }

    @Test func aBodyOverTheLimitAnswers413() async throws {
        let server = try await TestServer.start { $0.maxBodyBytes = 2048 }
        let endpoints = (0..<60).map { TestServer.endpoint("GET", "/items/\($0)/with/a/longer/path") }
        let large = try JSONSerialization.data(withJSONObject: TestServer.scanBody(service: "S", endpoints: endpoints))
        #expect(large.count > 2048)
        let tooLarge = try await server.send("POST", "/api/scans/ingest", key: server.ownerKey, rawBody: large)
        #expect(tooLarge.status == 413, "\(tooLarge.text)")
        #expect(tooLarge.errorCode == "payload_too_large")

        let small = try JSONSerialization.data(
            withJSONObject: TestServer.scanBody(service: "S", endpoints: [TestServer.endpoint("GET", "/a")]))
        #expect(small.count < 2048)
        let fits = try await server.send("POST", "/api/scans/ingest", key: server.ownerKey, rawBody: small)
        #expect(fits.status == 201, "\(fits.text)")

        // Chunked: no Content-Length, so the limit is applied while reading.
        let head = [
            "POST /api/scans/ingest HTTP/1.1", "Host: 127.0.0.1:\(server.port)", "Authorization: Bearer " + server.ownerKey,
            "Content-Type: application/json",
        ]
        let chunkedLarge = try await RawHTTP.sendChunked(port: server.port, head: head, body: large, chunkSize: 512)
        #expect(chunkedLarge.status == 413, "\(String(decoding: chunkedLarge.body, as: UTF8.self))")
        let chunkedError = (try? JSONSerialization.jsonObject(with: chunkedLarge.body)) as? [String: Any]
        #expect((chunkedError?["error"] as? [String: Any])?["code"] as? String == "payload_too_large")

        let chunkedSmall = try await RawHTTP.sendChunked(port: server.port, head: head, body: small, chunkSize: 64)
        #expect(chunkedSmall.status == 201, "\(String(decoding: chunkedSmall.body, as: UTF8.self))")

        let runs = try await server.send("GET", "/api/scans", key: server.ownerKey)
        #expect(runs.items.count == 2, "only the two small uploads were stored")
        await server.stopAndRemove()
    }

    @Test func theFourthRequestOverALimitOfThreeAnswers429() async throws {
        let server = try await TestServer.start { $0.rateLimit = 3 }
        var remaining: [String] = []
        for _ in 0..<3 {
            let answer = try await server.send("GET", "/api/me", key: server.ownerKey)
            #expect(answer.status == 200)
            remaining.append(answer.headers["ratelimit"] ?? "")
        }
        #expect(remaining.map { $0.components(separatedBy: ";").dropFirst().first } == ["r=2", "r=1", "r=0"], "\(remaining)")
        #expect(remaining.allSatisfy { $0.hasPrefix("\"default\";") })

        let limited = try await server.send("GET", "/api/me", key: server.ownerKey)
        #expect(limited.status == 429)
        #expect(limited.errorCode == "rate_limited")
        let retryAfter = Int(limited.headers["retry-after"] ?? "") ?? -1
        #expect((1...60).contains(retryAfter), "Retry-After: \(limited.headers["retry-after"] ?? "none")")
        #expect(limited.headers["ratelimit"] == "\"default\";r=0;t=\(retryAfter)")

        // The limit is per key; the health check needs no key and is not limited.
        let other = try await server.withSideStore { store, _ in
            try await store.createKey(
                org: try await store.authenticate(rawKey: server.ownerKey)!.organizationId, createdBy: nil, name: "other",
                description: nil, ownerType: "user", ownerId: try await store.authenticate(rawKey: server.ownerKey)!.principalId,
                grants: [Grant(permission: "scans:read")], expiresAt: nil)
        }
        #expect(try await server.send("GET", "/api/scans", key: other.1).status == 200)
        #expect(try await server.send("GET", "/api/health").status == 200)
        #expect(try await server.send("GET", "/api/me", key: server.ownerKey).status == 429)
        await server.stopAndRemove()
    }
}
