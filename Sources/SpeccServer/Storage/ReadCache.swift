import Foundation
import SpeccAPI
import Synchronization

/// What authentication needs of a credential, parsed once.
struct CachedCredential: Sendable {
    var caller: Caller
    var expiresAt: Date?
    /// Not revoked, and not owned by an inactive service account.
    var usable: Bool
}

/// Rows the hot path reads on every request (the key behind a credential, a key record), kept in memory
/// for SQLite, where this process is the only writer. Every write to keys, service accounts or the
/// application key clears it, so revoking, rotating or deactivating takes effect on the next request;
/// expiry is judged from the cached row at each use. PostgreSQL servers share the database with other
/// servers whose writes this process cannot see, so they run without it.
///
/// Why: measured with wrk (Benchmarks/serve_bench.py), each sqlite-nio query costs about 100 µs of 2 cores
/// (a statement prepared anew, a thread-pool hop); the two reads of `GET /api/api-keys/{id}` were most of
/// its time.
final class ReadCache: Sendable {
    private struct State {
        var credentials: [String: CachedCredential] = [:]
        var keys: [String: (organization: String, key: Schemas.ApiKey)] = [:]
        /// Moves on every `clear()`. A read remembers its row only if no clear happened since it began, so a
        /// row read just before a revocation committed is never cached after it.
        var generation = 0
    }

    private let state = Mutex(State())
    /// Past this many entries a map is emptied rather than grown.
    let capacity: Int

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// The generation to pass to `remember` for a read that starts now.
    var generation: Int { state.withLock { $0.generation } }

    func credential(_ digest: String) -> CachedCredential? { state.withLock { $0.credentials[digest] } }

    func remember(credential digest: String, _ row: CachedCredential, readAt generation: Int) {
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.credentials.count >= capacity { state.credentials.removeAll() }
            state.credentials[digest] = row
        }
    }

    func key(_ id: String) -> (organization: String, key: Schemas.ApiKey)? { state.withLock { $0.keys[id] } }

    func remember(key id: String, _ row: (organization: String, key: Schemas.ApiKey), readAt generation: Int) {
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.keys.count >= capacity { state.keys.removeAll() }
            state.keys[id] = row
        }
    }

    /// Moves the cached records' `lastUsedAt` after usage was written (`latest`: key id → newest use),
    /// leaving everything else cached. Clearing instead makes every connection miss at once after each usage
    /// flush (four times a second under load) and read its rows again from the database.
    /// The generation moves too, so a read that began before the write does not remember its older row.
    func recordedUse(_ latest: [String: Date]) {
        state.withLock { state in
            state.generation += 1
            for (id, used) in latest {
                guard var entry = state.keys[id] else { continue }
                if entry.key.lastUsedAt.map({ $0 < used }) ?? true {
                    entry.key.lastUsedAt = used
                    state.keys[id] = entry
                }
            }
        }
    }

    /// Forgets everything (after any write that could change what a cached row says).
    func clear() {
        state.withLock { state in
            state = State(generation: state.generation + 1)
        }
    }
}
