// swift-tools-version:6.0
// Benchmark-only package: it exists so `swift build --package-path Benchmarks/stubs --product
// swift-openapi-generator` builds apple/swift-openapi-generator's CLI (the anchor of Benchmarks/stubs_bench.py)
// without adding it to the main Package.swift. It has no targets of its own.
import PackageDescription

let package = Package(
    name: "specc-stubs-bench",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
    ],
    targets: []
)
