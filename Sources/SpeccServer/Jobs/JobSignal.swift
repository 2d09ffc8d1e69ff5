import Synchronization

/// Wakes the job worker when a job was queued, so it does not wait for its next poll.
final class JobSignal: Sendable {
    private let waiter = Mutex<CheckedContinuation<Void, Never>?>(nil)

    func signal() {
        waiter.withLock { $0.take() }?.resume()
    }

    /// Returns on the next signal or after `timeout`, whichever comes first.
    func wait(timeout: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    let previous = self.waiter.withLock { slot -> CheckedContinuation<Void, Never>? in
                        let old = slot
                        slot = continuation
                        return old
                    }
                    previous?.resume()
                }
            }
            group.addTask { try? await Task.sleep(for: timeout) }
            await group.next()
            self.signal()
            group.cancelAll()
        }
    }
}
