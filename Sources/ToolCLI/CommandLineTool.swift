import ArgumentParser
import Foundation

/// Runs `specc` with arguments and returns the exit code; `main.swift` calls this, tests call it in process.
public enum CommandLineTool {
    /// Parses and runs; usage errors print help text and return 2 (not ArgumentParser's 64), as documented.
    public static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try RootCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            let code = RootCommand.exitCode(for: error)
            if code == .success || code == ExitCode(1) {
                if code == .success { Swift.print(RootCommand.fullMessage(for: error)) }
                return code.rawValue
            }
            let message = RootCommand.fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}
