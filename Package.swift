// swift-tools-version: 6.1
// specc: a static API-spec compiler. See README.md for the pipeline and docs/architecture.md for the modules.
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "specc",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "specc", targets: ["specc"]),
        .plugin(name: "GenerateAPI", targets: ["GenerateAPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Only generated stubs use these (the project's own in Sources/SpeccAPI, the goldens in Tests/Goldens/stubs);
        // the compiler does not.
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // `specc preview` (Sources/Preview) and `specc serve` (Sources/SpeccServer) serve over HTTP.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // The reference runtime: generated handlers behind Hummingbird, stored in SQLite (bundled by sqlite-nio,
        // so no system library is needed) or PostgreSQL.
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Already built for the two above; named for the thread pool each SQLite storage runs on.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // `specc scan` uploads through the generated client over URLSession.
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
    ],
    targets: [
        // System libraries from Debian (apt-get install libyaml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev).
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        // The compiler pipeline; imports point down this list only.
        .target(name: "SpecDiagnostics", swiftSettings: strict),
        .target(name: "TemplateEngine", swiftSettings: strict),
        .target(name: "SpecModel", dependencies: ["SpecDiagnostics"], swiftSettings: strict),
        .target(name: "SpecParser", dependencies: ["SpecModel", "SpecDiagnostics", "CYAML"], swiftSettings: strict),
        .target(name: "PageParser", dependencies: ["SpecDiagnostics", "CCmarkGFM"], swiftSettings: strict),
        .target(name: "SpecLint", dependencies: ["SpecModel", "SpecDiagnostics"], swiftSettings: strict),
        .target(
            name: "SpecNormalizer",
            dependencies: ["SpecModel", "SpecDiagnostics", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        // Built-in templates shipped as resources; `Templates/BuiltinTemplates.swift` finds them.
        .target(
            name: "BuiltinTemplates", path: "Templates", exclude: ["README.md"], resources: [.copy("site"), .copy("swift")],
            swiftSettings: strict),
        .target(
            name: "SiteGen",
            dependencies: [
                "SpecNormalizer", "SpecModel", "PageParser", "SpecDiagnostics", "BuiltinTemplates", "TemplateEngine",
                "StubGen",
            ],
            swiftSettings: strict),
        // Swift client and server stubs (templates in Templates/swift).
        .target(
            name: "StubGen", dependencies: ["SpecNormalizer", "TemplateEngine"], swiftSettings: strict),
        .target(name: "SpecDiff", dependencies: ["SpecModel", "SpecDiagnostics", "SpecNormalizer"], swiftSettings: strict),
        .target(
            name: "Pipeline",
            dependencies: [
                "SpecDiagnostics", "SpecModel", "SpecParser", "SpecLint", "SpecNormalizer", "PageParser", "SiteGen", "SpecDiff",
                "StubGen", "TemplateEngine",
            ],
            swiftSettings: strict),
        // `specc preview`: the site served from memory, rebuilt when its sources change.
        .target(
            name: "Preview",
            dependencies: ["Pipeline", "SiteGen", "SpecDiagnostics", .product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: strict),
        // `specc serve`: the project's own contract implemented through the generated handler protocol.
        .target(
            name: "SpeccServer",
            dependencies: [
                "SpeccAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        // `specc scan`: normalizes a local document and uploads it through the generated client.
        .target(
            name: "ScanClient",
            dependencies: [
                "Pipeline", "SpecNormalizer", "SpecDiagnostics", "SpeccAPI",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict),
        .target(
            name: "ToolCLI",
            dependencies: [
                "Pipeline", "SpecDiagnostics", "SpecNormalizer", "SiteGen", "SpecDiff", "StubGen", "Preview",
                "ScanClient", "SpeccServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .executableTarget(name: "specc", dependencies: ["ToolCLI"], swiftSettings: strict),
        // `swift package --allow-writing-to-package-directory generate-api`: runs `specc generate` for each target
        // holding an openapi.yaml (Plugins/GenerateAPI, docs/generate.md).
        .plugin(
            name: "GenerateAPI",
            capability: .command(
                intent: .custom(
                    verb: "generate-api",
                    description: "Generate Swift stubs into <target>/Generated from the target's openapi.yaml"),
                permissions: [
                    .writeToPackageDirectory(reason: "specc writes the generated Swift files into <target>/Generated")
                ]),
            dependencies: ["specc"]),
        // libFuzzer target for the front end: scripts/fuzz builds it with -sanitize=fuzzer; a plain build
        // gives a replayer for saved inputs.
        .executableTarget(name: "SpecFuzzer", dependencies: ["SpecParser"], swiftSettings: strict),

        // Tests.
        .target(
            name: "TestSupport", dependencies: ["SpecDiagnostics", "SpecModel", "SpecParser", "Pipeline"],
            path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "SpecDiagnosticsTests", dependencies: ["SpecDiagnostics"], swiftSettings: strict),
        .testTarget(name: "TemplateEngineTests", dependencies: ["TemplateEngine"], swiftSettings: strict),
        .testTarget(name: "SpecParserTests", dependencies: ["SpecParser", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "PageParserTests", dependencies: ["PageParser"], swiftSettings: strict),
        .testTarget(name: "SpecLintTests", dependencies: ["SpecLint", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "SpecNormalizerTests", dependencies: ["SpecNormalizer", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "SpecDiffTests", dependencies: ["SpecDiff", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "ToolCLITests", dependencies: ["ToolCLI", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "SiteGenTests", dependencies: ["SiteGen", "PageParser", "SpecNormalizer", "Pipeline", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Pipeline", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "ScanClientTests",
            dependencies: [
                "ScanClient", "SpeccAPI", "TestSupport",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "SpeccServerTests",
            dependencies: [
                "SpeccServer", "SpeccAPI", "TestSupport",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
            ],
            swiftSettings: strict),
        .testTarget(name: "CorpusTests", dependencies: ["Pipeline", "StubGen", "TestSupport"], swiftSettings: strict),

        // The Swift stubs of the project's own contract (spec/openapi.yaml), written by `specc build` per specc.yaml.
        .target(
            name: "SpeccAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict),

        // Generated stubs committed as goldens (`specc generate --access public`), compiled by the normal build
        // and driven by StubGenTests.
        .target(
            name: "TourStubs",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/Goldens/stubs/tour", swiftSettings: strict),
        .target(
            name: "Nullable30Stubs",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/Goldens/stubs/nullable30", swiftSettings: strict),
        .testTarget(
            name: "StubGenTests",
            dependencies: [
                "StubGen", "Pipeline", "TestSupport", "TourStubs", "Nullable30Stubs",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict),
    ]
)
