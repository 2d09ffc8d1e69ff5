import ArgumentParser
import SpecDiagnostics

/// How findings are printed.
struct OutputFormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json, sarif or github.")
    var format: FindingsFormat = .text
}

/// The formats `validate` prints.
enum FindingsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github
}
