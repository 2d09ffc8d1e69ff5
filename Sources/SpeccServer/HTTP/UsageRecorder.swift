import Logging
import Synchronization

/// Collects usage entries and writes them in batches (every `interval` or 500 entries), so recording does
/// not add a synchronous disk write to every request. Entries not yet written when the process is killed
/// are lost; `flush()` runs on graceful shutdown.
final class UsageRecorder: Sendable {
    private let pending = Mutex<[UsageEntry]>([])
    private let store: Store
    private let logger: Logger
    let interval: Duration

    init(store: Store, logger: Logger, interval: Duration = .milliseconds(250)) {
        self.store = store
        self.logger = logger
        self.interval = interval
    }

    func record(_ entry: UsageEntry) {
        pending.withLock { $0.append(entry) }
    }

    /// Writes what is pending now.
    func flush() async {
        let batch = pending.withLock { entries -> [UsageEntry] in
            let taken = entries
            entries.removeAll(keepingCapacity: true)
            return taken
        }
        var start = 0
        while start < batch.count {
            let chunk = Array(batch[start..<min(start + 500, batch.count)])
            do {
                try await store.recordUsage(chunk)
            } catch {
                logger.error("could not record key usage", metadata: ["entries": "\(chunk.count)", "error": "\(error)"])
            }
            start += 500
        }
    }

    /// Flushes every `interval` until cancelled, then once more.
    func run() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            await flush()
        }
        await flush()
    }
}
