import ArgumentParser

/// The document to read and the configuration file.
struct InputOptions: ParsableArguments {
    @Argument(help: "The OpenAPI document (YAML or JSON); its relative $refs are followed.")
    var document: String = "spec/openapi.yaml"

    @Option(
        name: .long,
        help: """
            Configuration file (rule levels, limits, 'generate:' settings). Default: specc.yaml in the working \
            directory when it exists.
            """)
    var config: String?
}
