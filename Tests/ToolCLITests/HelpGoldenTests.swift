import ArgumentParser
import Foundation
import Testing
import TestSupport

@testable import ToolCLI

/// Each subcommand's `--help` is a golden in `Tests/Goldens/help/<name>.txt` (100 columns).
@Suite struct HelpGoldenTests {
    static let commands: [(String, any ParsableCommand.Type)] = [
        ("specc", RootCommand.self), ("validate", ValidateCommand.self), ("normalize", NormalizeCommand.self),
        ("rules", RulesCommand.self), ("diff", DiffCommand.self), ("site", SiteCommand.self), ("build", BuildCommand.self),
        ("check", CheckCommand.self), ("generate", GenerateCommand.self), ("preview", PreviewCommand.self),
        ("scan", ScanCommand.self), ("serve", ServeCommand.self),
    ]

    @Test(arguments: commands.map(\.0))
    func helpMatchesGolden(_ name: String) throws {
        let command = try #require(Self.commands.first { $0.0 == name }?.1)
        let text = RootCommand.helpMessage(for: command, columns: 100) + "\n"
        let path = TestPaths.packageRoot + "/Tests/Goldens/help/\(name).txt"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(path); run again without UPDATE_GOLDENS")
            return
        }
        #expect(text == (try String(contentsOfFile: path, encoding: .utf8)))
    }
}
