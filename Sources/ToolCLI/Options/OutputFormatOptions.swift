import ArgumentParser
import SpecDiagnostics

/// How findings are printed.
struct OutputFormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json, sarif or github.")
    var format: DiagnosticFormat = .text
}

extension DiagnosticFormat: ExpressibleByArgument {}
