import ArgumentParser
import Dispatch
import Foundation
import Pipeline
import ScanClient
import SpecDiagnostics
import Synchronization

/// `specc scan`: normalizes a local document and uploads the scan to a specc server.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Normalize a document and upload the scan to a specc server.",
        discussion: """
            Builds the payload 'specc normalize' prints (endpoints, findings, canonical hash; see \
            docs/scan-payload.md) and uploads it to POST /api/scans/ingest, with the key as a bearer token. The server files the \
            scan under the service, creating the service on its first scan, and queues a job comparing it \
            with the service's previous scan. On success it prints, one 'name: value' line each: scan run, \
            service, endpoints, findings, job and result (the scan run's URL). See docs/scan.md.

            The key comes from --api-key or SPECC_API_KEY and needs the 'scans:write' scope; it is never \
            printed. The server comes from --api-url or SPECC_API_URL (default: http://127.0.0.1:8080). \
            Lint findings do not stop the scan; they are uploaded with it. The document may be at most 10 MB.

            Exit codes: 0 uploaded; 1 the server refused the scan (its status, error code and message are \
            printed) or could not be reached; 2 usage errors: no key, no spec file, a file over 10 MB, a \
            document that cannot be read as OpenAPI (its first errors are printed).
            """
    )

    @Option(name: .long, help: "Service the scan belongs to (1-120 characters); created on its first scan.")
    var service: String

    @Option(name: .long, help: ArgumentHelp("The OpenAPI document (YAML or JSON) to scan.", valueName: "file"))
    var spec: String

    @Option(
        name: .customLong("api-key"),
        help: ArgumentHelp("API key with the 'scans:write' scope (default: $SPECC_API_KEY).", valueName: "key"))
    var apiKey: String?

    @Option(
        name: .customLong("api-url"),
        help: ArgumentHelp(
            "Server base URL (default: $SPECC_API_URL, else http://127.0.0.1:8080).", valueName: "url"))
    var apiURL: String?

    @Option(
        name: .long,
        help: """
            Configuration file (rule levels, limits). Default: specc.yaml in the working directory when it \
            exists.
            """)
    var config: String?

    func run() throws {
        let pipelineConfig = try loadConfig()
        let options = ScanOptions.resolved(
            service: service, specPath: spec, apiKey: apiKey, apiURL: apiURL,
            environment: ProcessInfo.processInfo.environment, config: pipelineConfig)
        let uploader = ScanUploader()
        let prepared: PreparedScan
        do {
            prepared = try uploader.prepare(options)
        } catch {
            throw Self.fail(error)
        }
        for warning in prepared.warnings { Self.report("specc: warning: \(warning)") }
        let outcome = Self.wait { () async -> Result<ScanReceipt, ScanError> in
            do throws(ScanError) { return .success(try await uploader.send(prepared)) } catch { return .failure(error) }
        }
        switch outcome {
        case .success(let receipt):
            FileHandle.standardOutput.write(Data(receipt.lines.map { $0 + "\n" }.joined().utf8))
        case .failure(let error):
            throw Self.fail(error)
        }
    }

    /// The pipeline configuration from --config or specc.yaml; an error in it stops the run (exit 2).
    private func loadConfig() throws -> PipelineConfig {
        let path = config ?? (FileManager.default.fileExists(atPath: "specc.yaml") ? "specc.yaml" : nil)
        guard let path else { return PipelineConfig() }
        let (loaded, findings) = ConfigLoader.load(path, from: DiskFileSystem())
        FindingsPrinter.print(findings, sources: SourceFileTable(), format: .text)
        if findings.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
        return loaded
    }

    /// Prints `error` and gives the exit code: 2 for usage errors, 1 for the server and the network.
    private static func fail(_ error: ScanError) -> ExitCode {
        report("specc: scan: \(error)")
        return ExitCode(error.isUsageError ? 2 : 1)
    }

    private static func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Runs `operation` to its end from this synchronous command (the CLI's commands are not async).
    private static func wait<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
        let result = Mutex<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let value = await operation()
            result.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        return result.withLock { $0.take()! }
    }
}
