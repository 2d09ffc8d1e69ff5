import ArgumentParser
import Pipeline
import SpecDiagnostics

/// How findings are judged: strictness and per-rule levels from the command line.
struct DiagnosticOptions: ParsableArguments {
    @Flag(name: .long, help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(name: .customLong("error"), help: ArgumentHelp("Report rule ID as an error (repeatable).", valueName: "id"))
    var errorRules: [String] = []

    @Option(name: .customLong("warn"), help: ArgumentHelp("Report rule ID as a warning (repeatable).", valueName: "id"))
    var warnRules: [String] = []

    @Option(name: .customLong("info"), help: ArgumentHelp("Report rule ID as info (repeatable).", valueName: "id"))
    var infoRules: [String] = []

    @Option(name: .customLong("ignore"), help: ArgumentHelp("Turn rule ID off (repeatable).", valueName: "id"))
    var ignoredRules: [String] = []

    /// Checks the rule ids while parsing, so a typo is reported with the command's own usage line.
    func validate() throws {
        _ = try levels()
    }

    /// The command-line levels, checked against the known rule ids.
    func levels() throws -> [DiagnosticID: RuleLevel] {
        var levels: [DiagnosticID: RuleLevel] = [:]
        let known = ConfigLoader.configurableIDs
        for (ids, level) in [(errorRules, RuleLevel.error), (warnRules, .warning), (infoRules, .info), (ignoredRules, .off)] {
            for raw in ids.flatMap({ $0.split(separator: ",").map(String.init) }) {
                let id = DiagnosticID(rawValue: raw)
                guard known.contains(id) else {
                    var message = "unknown rule '\(raw)'"
                    if let suggestion = Suggestions.closest(to: raw, in: known.map(\.rawValue)) {
                        message += "; did you mean '\(suggestion)'?"
                    }
                    throw ValidationError(message + " (see 'specc rules')")
                }
                levels[id] = level
            }
        }
        return levels
    }
}
