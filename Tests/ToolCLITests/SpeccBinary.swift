import Foundation
import TestSupport

/// Runs the built `specc` binary and captures what it prints.
struct SpeccBinary {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary beside the test bundle.
    static var path: String { TestPaths.speccBinary }

    static func run(_ arguments: [String], in directory: String = TestPaths.packageRoot) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
