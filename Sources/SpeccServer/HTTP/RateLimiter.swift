import Foundation
import Synchronization

/// Fixed one-minute windows per key. In memory: each server counts its own requests, so N servers behind a
/// balancer allow up to N times the limit (stated in the rate-limit guide).
final class RateLimiter: Sendable {
    struct Decision: Sendable {
        var allowed: Bool
        var remaining: Int
        var resetSeconds: Int
    }

    private struct Window {
        var start: Double
        var count: Int
    }

    let limit: Int
    private let windows = Mutex<[String: Window]>([:])
    private let clock: @Sendable () -> Double

    /// `limit` requests per minute per key; 0 turns limiting off.
    init(limit: Int, clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.limit = limit
        self.clock = clock
    }

    func take(_ key: String) -> Decision {
        guard limit > 0 else { return Decision(allowed: true, remaining: Int.max, resetSeconds: 0) }
        let now = clock()
        return windows.withLock { windows in
            var window = windows[key] ?? Window(start: now, count: 0)
            if now - window.start >= 60 { window = Window(start: now, count: 0) }
            let reset = max(1, Int((window.start + 60 - now).rounded(.up)))
            guard window.count < limit else {
                windows[key] = window
                return Decision(allowed: false, remaining: 0, resetSeconds: reset)
            }
            window.count += 1
            windows[key] = window
            if windows.count > 100_000 { windows = windows.filter { now - $0.value.start < 60 } }
            return Decision(allowed: true, remaining: limit - window.count, resetSeconds: reset)
        }
    }
}
