import Foundation
import Synchronization
import TestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@testable import SpeccServer

/// `specc serve` as a separate process, for tests that kill it (`kill -9`) or send it signals.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let output = Output()
    private(set) var port = 0

    /// The built `specc`.
    static var binary: String { TestPaths.speccBinary }

    /// Starts `specc serve --database <database> --port 0 --rate-limit 0` and waits (at most 60 s) until it
    /// listens.
    init(database: DatabaseLocation, extraArguments: [String] = []) throws {
        let argument: String
        switch database {
        case .sqlite(let path): argument = "sqlite:" + path
        case .postgres(let url): argument = url
        }
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--database", argument, "--port", "0", "--rate-limit", "0", "--site", "/nonexistent"]
            + extraArguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [output] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            output.withLock { $0.stdout += text }
        }
        err.fileHandleForReading.readabilityHandler = { [output] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            output.withLock { $0.stderr += text }
        }
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            let stderr = output.withLock { $0.stderr }
            if let range = stderr.range(of: #"serving http://[^:]+:([0-9]+)/"#, options: .regularExpression) {
                let match = stderr[range]
                let digits = match.split(separator: ":").last.map { $0.filter(\.isNumber) } ?? ""
                port = Int(digits) ?? 0
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        guard port > 0 else {
            process.terminate()
            throw ServeProcessError.didNotStart(output.withLock { $0.stderr })
        }
    }

    var stdout: String { output.withLock { $0.stdout } }
    var stderr: String { output.withLock { $0.stderr } }
    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The owner key printed on an empty database, if any.
    var ownerKey: String? {
        stdout.split(separator: "\n").first { $0.hasPrefix("owner key: ") }.map { String($0.dropFirst("owner key: ".count)) }
    }

    /// SIGKILL: no shutdown code runs.
    func kill9() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// SIGTERM, then waits for the exit.
    func terminate() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}

enum ServeProcessError: Error { case didNotStart(String) }

/// What the process printed, appended from the pipes' handler threads.
private final class Output: @unchecked Sendable {
    private let lock = NSLock()
    private var texts = (stdout: "", stderr: "")

    func withLock<T>(_ body: (inout (stdout: String, stderr: String)) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&texts)
    }
}
