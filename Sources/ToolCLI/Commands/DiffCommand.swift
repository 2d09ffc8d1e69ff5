import ArgumentParser
import Foundation
import Pipeline
import SpecDiagnostics
import SpecDiff

/// `specc diff`: compares two versions of an API and fails on changes that break clients.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of an API and report what changed for existing clients.",
        discussion: """
            Each side is a file or git:REF:path, read with 'git show' (every file of a multi-file document \
            from the same revision), so 'specc diff git:origin/main:spec/openapi.yaml spec/openapi.yaml' checks \
            a pull request. Each change has a stable id, a level (error: breaks existing clients, warning: may \
            break some, info), the operation and a location in the revision (in the base for removals); \
            'docs/diff.md' lists the ids. Changes go to standard output, breaking first; problems reading the \
            documents go to standard error.
            Exit 0 when no change is at or above --fail-on, 1 when one is, 2 on usage errors or when a document \
            cannot be read.
            """
    )

    @Argument(help: "The base document: a file, or git:REF:path.")
    var base: String

    @Argument(help: "The revision document: a file, or git:REF:path.")
    var revision: String

    @Option(name: .long, help: "Output format: text, json, markdown, sarif or github.")
    var format: DiffFormat = .text

    @Option(
        name: .customLong("fail-on"), help: "Exit 1 when a change is at this level or above: error, warning or info.")
    var failOn: FailLevel = .error

    @Flag(name: .long, help: "Print every change as a Markdown changelog (breaking first, by operation) instead.")
    var changelog = false

    func validate() throws {
        for argument in [base, revision] where DiffSource(argument: argument) == nil {
            throw ValidationError("'\(argument)' is not a file or git:REF:path")
        }
    }

    func run() throws {
        let result = Pipeline().diff(base: DiffSource(argument: base)!, revision: DiffSource(argument: revision)!)
        FindingsPrinter.print(result.diagnostics, sources: result.sources, format: .text)
        guard let old = result.baseAPI, let new = result.revisionAPI else {
            let unread = result.baseAPI == nil ? base : revision
            FileHandle.standardError.write(Data("specc: cannot compare: '\(unread)' could not be read\n".utf8))
            throw ExitCode(2)
        }
        let output: String
        if changelog {
            output = ChangelogRenderer(from: old.version, to: new.version).render(result.changes)
        } else {
            // Excerpts, colours and a count line only for a person reading a terminal, as `validate` does.
            let terminal = isatty(STDOUT_FILENO) == 1
            let options = DiagnosticRenderOptions(
                excerpts: terminal, colors: terminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
                summary: terminal && !result.changes.isEmpty, toolVersion: SpeccVersion.current)
            output = format.render(result.changes, sources: result.sources, options: options)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if result.changes.contains(atLeast: failOn.severity) { throw ExitCode(1) }
    }
}

/// The level `--fail-on` names.
enum FailLevel: String, CaseIterable, ExpressibleByArgument {
    case error, warning, info

    var severity: Severity {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        }
    }
}

extension DiffFormat: ExpressibleByArgument {}
