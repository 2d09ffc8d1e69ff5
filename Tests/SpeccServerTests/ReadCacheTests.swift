import Foundation
import SpeccAPI
import Testing

@testable import SpeccServer

@Suite struct ReadCacheTests {
    static let credential = CachedCredential(
        caller: Caller(
            kind: .apiKey, organizationId: "o1", organizationName: "Org", keyId: "k1", principalType: "user",
            principalId: "u1", principalName: nil, grants: [Grant(permission: "scans:read")]),
        expiresAt: nil, usable: true)
    static let key = Schemas.ApiKey(
        id: "k1", name: "n", prefix: "specc_abcdef", owner: .init(type: .user, id: "u1"), scopes: [], status: .active,
        createdAt: Date(timeIntervalSince1970: 0))

    @Test func aRowReadBeforeAClearIsNotRemembered() {
        let cache = ReadCache()
        let before = cache.generation
        cache.clear()  // a revocation committed while the read was in flight
        cache.remember(credential: "digest", Self.credential, readAt: before)
        #expect(cache.credential("digest") == nil)
        cache.remember(credential: "digest", Self.credential, readAt: cache.generation)
        #expect(cache.credential("digest")?.caller.keyId == "k1")
        cache.clear()
        #expect(cache.credential("digest") == nil)
    }

    @Test func aFullMapStartsOver() {
        let cache = ReadCache(capacity: 2)
        for id in ["a", "b", "c"] { cache.remember(key: id, ("o1", Self.key), readAt: cache.generation) }
        #expect(cache.key("a") == nil)
        #expect(cache.key("c")?.key.id == "k1")
    }

    /// A usage flush moves the cached record's `lastUsedAt` forward (never back) and keeps every entry, while a
    /// read that began before it is not remembered.
    @Test func recordedUseMovesLastUsedAtWithoutForgettingRows() {
        let cache = ReadCache()
        cache.remember(credential: "digest", Self.credential, readAt: cache.generation)
        cache.remember(key: "k1", ("o1", Self.key), readAt: cache.generation)
        let inFlight = cache.generation
        let used = Date(timeIntervalSince1970: 1_800_000_000)
        cache.recordedUse(["k1": used, "unknown": used])
        #expect(cache.key("k1")?.key.lastUsedAt == used)
        #expect(cache.key("unknown") == nil)
        #expect(cache.credential("digest")?.caller.keyId == "k1")
        cache.recordedUse(["k1": used.addingTimeInterval(-60)])
        #expect(cache.key("k1")?.key.lastUsedAt == used, "an older batch does not move it back")
        cache.remember(key: "k2", ("o1", Self.key), readAt: inFlight)
        #expect(cache.key("k2") == nil, "read before the flush")
    }
}
