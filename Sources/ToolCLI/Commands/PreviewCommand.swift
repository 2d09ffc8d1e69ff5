import ArgumentParser
import Dispatch
import Foundation
import Pipeline
import Preview
import SpecDiagnostics
import Synchronization

/// `specc preview`: serves the documentation site from memory on this machine and rebuilds it on every edit.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve the documentation site locally, rebuilt whenever the document, a page or a template changes.",
        discussion: """
            Builds the site as 'specc site' does, in memory, and serves it over HTTP (nothing is written). Every \
            500 ms it checks the files the last build read (the document, the files its $refs name, the guide \
            pages under --pages), the templates under --templates and the configuration file (--config, or \
            specc.yaml), and rebuilds when one changed. Findings \
            are printed after each build; when a build is unusable (the document cannot be read, a template does \
            not parse) the last good site stays served. Ctrl-C (SIGINT) or SIGTERM stops the server.

            Only loopback addresses are listened on unless --host names another one; then anyone who can reach \
            this machine can read the site, and a warning says so.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "Address to listen on (default: 127.0.0.1).")
    var host: String?

    @Option(name: .long, help: "Port to listen on; 0 picks a free one.")
    var port: Int = 8080

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("port must be between 0 and 65535, found \(port)")
        }
    }

    func run() throws {
        let (config, configFindings) = try ConfigResolution.resolve(input, try DiagnosticOptions.parse([]))
        FindingsPrinter.print(configFindings, sources: SourceFileTable(), format: .text)
        if configFindings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        let host = host ?? "127.0.0.1"
        if !PreviewServer.isLoopback(host) {
            Self.report("specc: warning: listening on '\(host)', not a loopback address: others can read the site\n")
        }
        let source = PreviewSource(
            document: input.document, pagesFolder: siteOptions.pages, templatesDirectory: siteOptions.templates,
            siteConfig: siteOptions.config(for: input.document), pipeline: Pipeline(config: config),
            configPath: input.config ?? "specc.yaml")
        let server = PreviewServer(source: source, host: host, port: port)
        do {
            try Self.wait { try await server.run(onEvent: Self.show) }
        } catch {
            Self.report("specc: preview: cannot serve on \(host):\(port): \(error)\n")
            throw ExitCode(1)
        }
        Self.report("specc: preview stopped\n")
    }

    /// Prints a build's findings and what is served, or the address once listening.
    static func show(_ event: PreviewEvent) {
        switch event {
        case .listening(let host, let port):
            let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
            report("specc: serving http://\(shown):\(port)/ (Ctrl-C to stop)\n")
        case .built(let build, let isRebuild):
            let result = build.result
            FindingsPrinter.print(result.diagnostics, sources: result.normalization.validation.sources, format: .text)
            let errors = result.diagnostics.count(of: .error)
            let warnings = result.diagnostics.count(of: .warning)
            let verb = isRebuild ? "rebuilt" : "built"
            if build.isUsable {
                report("specc: preview: \(verb) \(result.files.count) files (\(errors) errors, \(warnings) warnings)\n")
            } else {
                let kept = isRebuild ? "still serving the last good site" : "serving nothing until it builds"
                report("specc: preview: build failed (\(errors) errors): \(kept)\n")
            }
        }
    }

    static func report(_ line: String) {
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Runs `operation` to its end from this synchronous command (the CLI's commands are not async).
    static func wait(_ operation: @escaping @Sendable () async throws -> Void) throws {
        let failure = Mutex<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await operation() } catch { failure.withLock { $0 = error } }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
