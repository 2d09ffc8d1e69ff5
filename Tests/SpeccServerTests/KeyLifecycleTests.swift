import Foundation
import Testing

@testable import SpeccServer

/// Revocation, rotation, expiry, inactive owners and what a key may grant, as seen over HTTP.
@Suite struct KeyLifecycleTests {
    @Test func revocationTakesEffectOnTheNextRequest() async throws {
        let server = try await TestServer.start()
        let key = try await server.issueKey(scopes: ["scans:read"])
        #expect(try await server.send("GET", "/api/scans", key: key.raw).status == 200)
        let revoked = try await server.send(
            "POST", "/api/api-keys/\(key.id)/revoke", key: server.ownerKey, json: ["reason": "leaked"])
        #expect(revoked.status == 200)
        #expect(revoked.object["status"] as? String == "revoked")
        let refused = try await server.send("GET", "/api/scans", key: key.raw)
        #expect(refused.status == 401)
        #expect(refused.errorCode == "unauthenticated")
        #expect(refused.headers["www-authenticate"] == "Bearer realm=\"specc\"")
        #expect(try await server.send("GET", "/api/me", key: key.raw, header: .appkey).status == 401)

        let again = try await server.send("POST", "/api/api-keys/\(key.id)/revoke", key: server.ownerKey)
        #expect(again.status == 409)
        #expect(again.errorCode == "conflict")
        let change = try await server.send("PATCH", "/api/api-keys/" + key.id, key: server.ownerKey, json: ["name": "x"])
        #expect(change.status == 409)
        #expect(change.errorCode == "conflict")
        let rotate = try await server.send("POST", "/api/api-keys/\(key.id)/rotate", key: server.ownerKey)
        #expect(rotate.status == 409)
        let record = try await server.send("GET", "/api/api-keys/" + key.id, key: server.ownerKey)
        #expect(record.object["status"] as? String == "revoked")
        #expect(record.object["revocationReason"] as? String == "leaked")
        #expect(record.object["name"] as? String == "test key")
        await server.stopAndRemove()
    }

    @Test func anEmptyDescriptionRemovesItAndAMissingOneKeepsIt() async throws {
        let server = try await TestServer.start()
        let key = try await server.issueKey(scopes: ["scans:read"])
        let described = try await server.send(
            "PATCH", "/api/api-keys/" + key.id, key: server.ownerKey, json: ["description": "uploads from CI"])
        #expect(described.object["description"] as? String == "uploads from CI")
        let renamed = try await server.send("PATCH", "/api/api-keys/" + key.id, key: server.ownerKey, json: ["name": "ci"])
        #expect(renamed.object["description"] as? String == "uploads from CI")
        // A JSON null decodes like a missing member: nothing to change.
        let null = try await server.send(
            "PATCH", "/api/api-keys/" + key.id, key: server.ownerKey, json: ["description": NSNull()])
        #expect(null.status == 400)
        let cleared = try await server.send(
            "PATCH", "/api/api-keys/" + key.id, key: server.ownerKey, json: ["name": "ci (main)", "description": ""])
        #expect(cleared.status == 200)
        #expect(cleared.object["description"] as? String == nil)
        #expect(cleared.object["name"] as? String == "ci (main)")

        let account = try await server.send(
            "POST", "/api/service-accounts", key: server.ownerKey,
            json: ["name": "Deploy bot", "role": "engineer", "description": "deploys"])
        #expect(account.object["description"] as? String == "deploys")
        let bare = try await server.send(
            "PATCH", "/api/service-accounts/" + account.id, key: server.ownerKey, json: ["description": ""])
        #expect(bare.status == 200)
        #expect(bare.object["description"] as? String == nil)
        await server.stopAndRemove()
    }

    @Test func rotationReplacesTheSecretAndKeepsTheKey() async throws {
        let server = try await TestServer.start()
        let key = try await server.issueKey(scopes: ["scans:read", "services:read"])
        #expect(try await server.send("GET", "/api/services", key: key.raw).status == 200)
        let rotated = try await server.send("POST", "/api/api-keys/\(key.id)/rotate", key: server.ownerKey)
        #expect(rotated.status == 200)
        let newRaw = rotated.object["rawKey"] as? String ?? ""
        #expect(newRaw != key.raw && KeyFormat.isWellFormed(newRaw))
        #expect(rotated.id == key.id)
        #expect(rotated.object["prefix"] as? String == String(newRaw.prefix(12)))
        #expect(
            (rotated.object["scopes"] as? [[String: Any]] ?? []).compactMap { $0["permission"] as? String }
                == ["scans:read", "services:read"])

        let old = try await server.send("GET", "/api/services", key: key.raw)
        #expect(old.status == 401)
        #expect(old.errorCode == "unauthenticated")
        let fresh = try await server.send("GET", "/api/services", key: newRaw)
        #expect(fresh.status == 200)
        let me = try await server.send("GET", "/api/me", key: newRaw)
        #expect(
            (me.object["scopes"] as? [[String: Any]] ?? []).compactMap { $0["permission"] as? String }
                == ["scans:read", "services:read"])
        let record = try await server.send("GET", "/api/api-keys/" + key.id, key: server.ownerKey)
        #expect(record.id == key.id)
        #expect(record.object["prefix"] as? String == String(newRaw.prefix(12)))
        #expect(record.object["createdAt"] as? String == key.record["createdAt"] as? String)
        #expect(record.object["status"] as? String == "active")
        await server.stopAndRemove()
    }

    @Test func anExpiredKeyIsRefused() async throws {
        let clock = TestClock()
        let server = try await TestServer.start { $0.now = clock.closure }
        let key = try await server.issueKey(scopes: ["scans:read"], expiresAt: clock.now.addingTimeInterval(60))
        #expect(TestServer.parseDate(key.record["expiresAt"]) != nil)
        #expect(try await server.send("GET", "/api/scans", key: key.raw).status == 200)
        clock.advance(by: 120)
        let refused = try await server.send("GET", "/api/scans", key: key.raw)
        #expect(refused.status == 401)
        #expect(refused.errorCode == "unauthenticated")
        let record = try await server.send("GET", "/api/api-keys/" + key.id, key: server.ownerKey)
        #expect(record.object["status"] as? String == "expired")
        let rotate = try await server.send("POST", "/api/api-keys/\(key.id)/rotate", key: server.ownerKey)
        #expect(rotate.status == 409, "an expired key cannot be rotated: \(rotate.text)")

        let past = try await server.send(
            "POST", "/api/api-keys", key: server.ownerKey,
            json: [
                "name": "late", "owner": ["type": "user", "id": try await server.ownerUserId()], "scopes": ["scans:read"],
                "expiresAt": TestServer.rfc3339(clock.now.addingTimeInterval(-5)),
            ])
        #expect(past.status == 400)
        #expect(["expiresAt", "/expiresAt"].contains(past.details.first?["path"] as? String ?? ""), "\(past.text)")
        await server.stopAndRemove()
    }

    @Test func aKeyOfAnInactiveServiceAccountIsRefusedUntilItIsActiveAgain() async throws {
        let server = try await TestServer.start()
        let account = try await server.send(
            "POST", "/api/service-accounts", key: server.ownerKey, json: ["name": "Deploy bot", "role": "engineer"])
        #expect(account.status == 201)
        let key = try await server.issueKey(scopes: ["scans:read"], owner: ["type": "service_account", "id": account.id])
        let me = try await server.send("GET", "/api/me", key: key.raw)
        #expect(me.status == 200)
        let principal = me.object["principal"] as? [String: Any] ?? [:]
        #expect(principal["type"] as? String == "service_account")
        #expect(principal["id"] as? String == account.id)
        #expect(principal["displayName"] as? String == "Deploy bot")

        let off = try await server.send("PATCH", "/api/service-accounts/" + account.id, key: server.ownerKey, json: ["active": false])
        #expect(off.status == 200)
        #expect(off.object["active"] as? Bool == false)
        let refused = try await server.send("GET", "/api/scans", key: key.raw)
        #expect(refused.status == 401)
        #expect(refused.errorCode == "unauthenticated")

        let on = try await server.send("PATCH", "/api/service-accounts/" + account.id, key: server.ownerKey, json: ["active": true])
        #expect(on.status == 200)
        #expect(try await server.send("GET", "/api/scans", key: key.raw).status == 200)
        await server.stopAndRemove()
    }

    @Test func aKeyCannotGrantScopesItsCallerLacks() async throws {
        let server = try await TestServer.start()
        let userId = try await server.ownerUserId()
        let manager = try await server.issueKey(scopes: ["api-keys:write", "scans:read"], name: "manager")
        func create(_ scopes: [Any], by key: String) async throws -> HTTPExchange {
            try await server.send(
                "POST", "/api/api-keys", key: key,
                json: ["name": "child", "owner": ["type": "user", "id": userId], "scopes": scopes])
        }
        let wider = try await create(["scans:write"], by: manager.raw)
        #expect(wider.status == 403)
        #expect(wider.errorCode == "forbidden")
        let admin = try await create(["admin:*"], by: manager.raw)
        #expect(admin.status == 403)
        let same = try await create(["scans:read"], by: manager.raw)
        #expect(same.status == 201)
        let serviceId = UUID().uuidString.lowercased()
        let narrower = try await create(
            [["permission": "scans:read", "resourceType": "service", "resourceId": serviceId]], by: manager.raw)
        #expect(narrower.status == 201, "\(narrower.text)")

        let widen = try await server.send(
            "PATCH", "/api/api-keys/" + same.id, key: manager.raw, json: ["scopes": ["scans:read", "jobs:read"]])
        #expect(widen.status == 403)
        #expect(widen.errorCode == "forbidden")
        let unchanged = try await server.send("GET", "/api/api-keys/" + same.id, key: server.ownerKey)
        #expect((unchanged.object["scopes"] as? [[String: Any]] ?? []).compactMap { $0["permission"] as? String } == ["scans:read"])

        // A key narrowed to one service cannot hand out the organization-wide scope.
        let narrowManager = try await server.issueKey(
            scopes: ["api-keys:write", ["permission": "scans:read", "resourceType": "service", "resourceId": serviceId]],
            name: "narrow manager")
        #expect(try await create(["scans:read"], by: narrowManager.raw).status == 403)
        #expect(
            try await create(
                [["permission": "scans:read", "resourceType": "service", "resourceId": serviceId]], by: narrowManager.raw
            ).status == 201)
        await server.stopAndRemove()
    }

    @Test func unknownScopesAndDoubleExpiryAreRefused() async throws {
        let server = try await TestServer.start()
        let userId = try await server.ownerUserId()
        let unknown = try await server.send(
            "POST", "/api/api-keys", key: server.ownerKey,
            json: ["name": "k", "owner": ["type": "user", "id": userId], "scopes": ["scans:read", "scans:delete"]])
        #expect(unknown.status == 422)
        #expect(unknown.errorCode == "unknown_scope")
        #expect(!unknown.details.isEmpty)
        // Bound first: inside #expect the macro turned this receiver into an optional chain whose result was
        // unused, so the check could not fail.
        let path = unknown.details.first?["path"] as? String ?? ""
        #expect(path.contains("1"), "\(unknown.text)")
        #expect(unknown.details.first?["problem"] is String)

        let unknownObject = try await server.send(
            "POST", "/api/api-keys", key: server.ownerKey,
            json: ["name": "k", "owner": ["type": "user", "id": userId], "scopes": [["permission": "billing:read"]]])
        #expect(unknownObject.status == 422)
        #expect(unknownObject.errorCode == "unknown_scope")

        let key = try await server.issueKey(scopes: ["scans:read"])
        let unknownUpdate = try await server.send(
            "PATCH", "/api/api-keys/" + key.id, key: server.ownerKey, json: ["scopes": ["jobs:delete"]])
        #expect(unknownUpdate.status == 422)
        #expect(unknownUpdate.errorCode == "unknown_scope")

        let both = try await server.send(
            "POST", "/api/api-keys", key: server.ownerKey,
            json: [
                "name": "k", "owner": ["type": "user", "id": userId], "scopes": ["scans:read"], "expiresInDays": 10,
                "expiresAt": TestServer.rfc3339(Date().addingTimeInterval(86_400)),
            ])
        #expect(both.status == 400)
        #expect(both.errorCode == "invalid_request")
        #expect(!both.details.isEmpty)
        #expect(both.details.allSatisfy { $0["path"] is String && $0["problem"] is String })

        let listed = try await server.send("GET", "/api/api-keys", key: server.ownerKey)
        #expect(listed.items.count == 2, "refused requests create no key")
        await server.stopAndRemove()
    }
}
