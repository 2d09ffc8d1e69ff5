import Testing

@testable import SpeccServer

@Suite struct ReadCacheTests {
    static let row = SQLRow(["id": .str("k1"), "org_id": .str("o1")])

    @Test func aRowReadBeforeAClearIsNotRemembered() {
        let cache = ReadCache()
        let before = cache.generation
        cache.clear()  // a revocation committed while the read was in flight
        cache.remember(credential: "digest", Self.row, readAt: before)
        #expect(cache.credential("digest") == nil)
        cache.remember(credential: "digest", Self.row, readAt: cache.generation)
        #expect(cache.credential("digest") != nil)
        cache.clear()
        #expect(cache.credential("digest") == nil)
    }

    @Test func aFullMapStartsOver() {
        let cache = ReadCache(capacity: 2)
        for id in ["a", "b", "c"] { cache.remember(key: id, Self.row, readAt: cache.generation) }
        #expect(cache.key("a") == nil)
        #expect(cache.key("c") != nil)
    }
}
