import Foundation
import ArgumentParser
import Pipeline

/// `specc rules`: lists every lint rule with its default level.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the lint rules, their default levels and what they find.",
        discussion: "Change a level in specc.yaml (rules: {id: error|warning|info|off}) or with --error/--warn/--info/--ignore."
    )

    func run() throws {
        let rules = LintRegistryIDs.rules
        let width = rules.map(\.id.rawValue.count).max() ?? 0
        var lines: [String] = []
        for rule in rules {
            let id = rule.id.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            let level = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            lines.append("\(id)  \(level)  \(rule.summary)")
        }
        print(lines.joined(separator: "\n"))
    }
}
