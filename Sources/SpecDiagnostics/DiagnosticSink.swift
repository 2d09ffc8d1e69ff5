import Synchronization

/// Where stages report findings. Stages emit and keep going; they throw only when the next stage cannot run.
public protocol DiagnosticSink: Sendable {
    /// Records one finding.
    func emit(_ diagnostic: Diagnostic)
}

/// A sink that keeps every finding in memory, safe to share between threads.
public final class DiagnosticCollector: DiagnosticSink {
    private let storage = Mutex<[Diagnostic]>([])

    /// Creates an empty collector.
    public init() {}

    public func emit(_ diagnostic: Diagnostic) {
        storage.withLock { $0.append(diagnostic) }
    }

    /// Everything emitted so far, in emission order.
    public var diagnostics: [Diagnostic] { storage.withLock { $0 } }

    /// Whether any error was emitted.
    public var hasErrors: Bool { storage.withLock { $0.contains { $0.severity == .error } } }
}
