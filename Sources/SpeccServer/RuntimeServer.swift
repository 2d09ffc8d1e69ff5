import Foundation
import Hummingbird
import Logging
import OpenAPIHummingbird
import SpeccAPI
import Synchronization

/// `specc serve`: the contract's operations through the generated handlers, the docs site under `/docs`, a
/// job worker and the usage recorder, until SIGINT/SIGTERM (in-flight requests finish first).
public struct RuntimeServer: Sendable {
    public struct Configuration: Sendable {
        public var database: DatabaseLocation = .defaultSQLite
        public var host = "127.0.0.1"
        public var port = 8080
        /// Requests per minute per key; 0 turns limiting off.
        public var rateLimit = 600
        public var maxBodyBytes = 8 * 1024 * 1024
        /// The generated documentation site, served under /docs when the folder exists.
        public var siteDirectory: String? = "site"
        public var version = "0.1.0"
        public var publicURL: String?
        /// Log lines at this level and above.
        public var logLevel: Logger.Level = .info
        /// Where log lines go (standard error when nil); tests capture them here.
        public var logger: Logger?
        /// The clock; tests move it to expire keys and make rotation due.
        public var now: @Sendable () -> Date = { Date() }

        public init() {}
    }

    /// What the server reports while starting.
    public enum Event: Sendable {
        /// The database was empty; this is the owner key, shown once.
        case ownerKey(String)
        case listening(host: String, port: Int)
    }

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Opens the database, then serves until a signal (or the task is cancelled).
    public func run(stopsOnSignals: Bool = true, onEvent: @escaping @Sendable (Event) -> Void) async throws {
        let database = try await configuration.database.open()
        do {
            try await serve(database: database, stopsOnSignals: stopsOnSignals, onEvent: onEvent)
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }

    private func serve(
        database: any SQLDatabase, stopsOnSignals: Bool, onEvent: @escaping @Sendable (Event) -> Void
    ) async throws {
        let store = Store(database: database, now: configuration.now)
        if let raw = try await store.bootstrapIfEmpty() { onEvent(.ownerKey(raw)) }
        var logger = configuration.logger ?? Logger(label: "specc.serve")
        logger.logLevel = configuration.logLevel
        let application = try makeApplication(store: store, logger: logger, onEvent: onEvent)
        let recorder = application.recorder
        let worker = JobWorker(store: store, signal: application.jobs, logger: logger)
        let app = application.app
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { if stopsOnSignals { try await app.runService() } else { try await app.run() } }
                group.addTask { await recorder.run() }
                group.addTask { await worker.run() }
                // The HTTP server ends first (signal or cancellation); then the helpers stop and flush.
                _ = try await group.next()
                group.cancelAll()
            }
        } catch is CancellationError {
            // Cancelled from outside (tests, embedding code): a normal stop.
        }
        // Database calls fail in a cancelled task: write the last usage records from a task of their own.
        await Task.detached { await recorder.flush() }.value
    }

    struct Assembled: Sendable {
        var app: Application<RouterResponder<RuntimeContext>>
        var recorder: UsageRecorder
        var jobs: JobSignal
    }

    func makeApplication(
        store: Store, logger: Logger, onEvent: @escaping @Sendable (Event) -> Void
    ) throws -> Assembled {
        let router = Router(context: RuntimeContext.self)
        router.add(middleware: ClientAddressMiddleware())
        router.add(middleware: MethodNotAllowedMiddleware(policies: Array(OperationPolicy.table.values)))
        if let site = configuration.siteDirectory, FileManager.default.fileExists(atPath: site) {
            router.add(middleware: DocsNotFoundMiddleware(siteDirectory: site))
            router.add(middleware: FileMiddleware(site, urlBasePath: "/docs", searchForIndexHtml: true, logger: logger))
        }
        let recorder = UsageRecorder(store: store, logger: logger)
        let jobs = JobSignal()
        // Without --public-url, links use the address actually bound (port 0 picks one when listening).
        let publicURL = PublicURL(configuration.publicURL ?? "http://\(configuration.host):\(configuration.port)")
        let handlers = APIHandlers(store: store, publicURL: publicURL, version: configuration.version, jobs: jobs)
        let middleware = RuntimeMiddleware(
            store: store, limiter: RateLimiter(limit: configuration.rateLimit), recorder: recorder,
            maxBodyBytes: configuration.maxBodyBytes, logger: logger)
        try handlers.registerHandlers(on: router, serverURL: URL(string: "/")!, middlewares: [middleware])
        let host = configuration.host
        var app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: "specc"),
            onServerRunning: { [configured = configuration.publicURL] channel in
                let port = channel.localAddress?.port ?? 0
                if configured == nil { publicURL.set("http://\(host):\(port)") }
                onEvent(.listening(host: host, port: port))
            },
            logger: logger)
        app.logger.logLevel = max(configuration.logLevel, .warning)
        return Assembled(app: app, recorder: recorder, jobs: jobs)
    }
}

/// The base of the URLs the server hands out, known for sure only once the port is bound.
final class PublicURL: Sendable {
    private let value: Mutex<String>

    init(_ initial: String) { value = Mutex(initial) }

    func set(_ url: String) { value.withLock { $0 = url } }

    var string: String { value.withLock { $0 } }
}
