import Foundation
import TestSupport
import Testing

/// `specc preview` as a process: it prints the address it serves on, and SIGTERM stops it cleanly.
@Suite struct PreviewCommandTests {
    @Test func printsItsAddressAndStopsOnSIGTERM() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SpeccBinary.path)
        process.arguments = ["preview", TestPaths.fixtures + "/site/openapi.yaml", "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let collected = CollectedText()
        errors.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData) }
        try process.run()
        // Bounded wait for the address line; no timing is asserted beyond this generous limit.
        let deadline = Date().addingTimeInterval(60)
        while !collected.text.contains("(Ctrl-C to stop)") && Date() < deadline && process.isRunning {
            Thread.sleep(forTimeInterval: 0.1)
        }
        let serving = collected.text
        process.terminate()
        process.waitUntilExit()
        errors.fileHandleForReading.readabilityHandler = nil
        collected.append(errors.fileHandleForReading.readDataToEndOfFile())
        let line = serving.split(separator: "\n").first { $0.hasPrefix("specc: serving ") }.map(String.init) ?? serving
        #expect(
            line.range(
                of: #"^specc: serving http://127\.0\.0\.1:[1-9][0-9]*/ \(Ctrl-C to stop\)$"#,
                options: .regularExpression) != nil, "\(line)")
        #expect(serving.contains("specc: preview: built "))
        #expect(process.terminationStatus == 0)
        #expect(collected.text.hasSuffix("specc: preview stopped\n"))
    }

    @Test func aBadPortIsAUsageError() throws {
        let output = try SpeccBinary.run(["preview", "--port", "70000"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("port must be between 0 and 65535"))
    }
}

/// Text gathered from a pipe's handler thread.
final class CollectedText: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) { lock.withLock { data.append(more) } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
