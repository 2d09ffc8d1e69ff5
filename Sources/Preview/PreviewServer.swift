import Dispatch
import Hummingbird
import Pipeline

/// `specc preview`: builds the site in memory, serves it over HTTP and rebuilds it when its sources change.
public struct PreviewServer: Sendable {
    /// What is built.
    public var source: PreviewSource
    /// The address to listen on.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// How often the sources' modification times are read.
    public var pollInterval: Duration
    /// Whether SIGINT and SIGTERM stop the server (the CLI); tests cancel the task instead.
    public var stopsOnSignals: Bool

    /// Describes a server.
    public init(
        source: PreviewSource, host: String = "127.0.0.1", port: Int = 8080,
        pollInterval: Duration = .milliseconds(500),
        stopsOnSignals: Bool = true
    ) {
        self.source = source
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
        self.stopsOnSignals = stopsOnSignals
    }

    /// Whether `host` names this machine only: the loopback addresses and `localhost`.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false).map { UInt8($0) }
        let isIPv4Loopback = octets.count == 4 && octets.allSatisfy { $0 != nil } && octets[0] == 127
        return bare == "localhost" || bare == "::1" || isIPv4Loopback
    }

    /// Builds the site, then serves it until the task is cancelled or (with `stopsOnSignals`) the process gets
    /// SIGINT or SIGTERM, rebuilding whenever a file the last build read, a page or a template changes.
    /// Throws when the address cannot be bound.
    public func run(onEvent: @escaping @Sendable (PreviewEvent) -> Void) async throws {
        let first = await Self.build(source)
        onEvent(.built(first, isRebuild: false))
        let store = SiteStore(PreviewSite(files: first.isUsable ? first.result.files : []))
        let host = host
        var app = Application(
            responder: PreviewResponder(store: store),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in onEvent(.listening(host: host, port: channel.localAddress?.port ?? 0)) })
        // The server's own "started" lines would repeat what the CLI prints.
        app.logger.logLevel = .warning
        let server = app
        let watcher = SourceWatcher(source: source, interval: pollInterval, store: store, onEvent: onEvent)
        let stopsOnSignals = stopsOnSignals
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                if stopsOnSignals { try await server.runService() } else { try await server.run() }
            }
            group.addTask { try await watcher.run(after: first) }
            // The server ends on a signal or a cancelled task; the watcher only ever ends by being cancelled.
            try await group.next()
            group.cancelAll()
        }
    }

    /// Builds off the cooperative threads: a large document takes seconds, and requests keep being answered.
    static func build(_ source: PreviewSource) async -> PreviewBuild {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: source.build()) }
        }
    }
}
