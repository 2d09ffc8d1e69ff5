// swift-tools-version: 6.1
// Benchmark-only anchor for Benchmarks/serve_bench.py: a bare Hummingbird 2 route returning a short JSON
// string, the ceiling any route of `specc serve` can reach on this machine. Not part of the main build.
import PackageDescription

let package = Package(
    name: "bare-hummingbird",
    platforms: [.macOS(.v14)],
    dependencies: [.package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1")],
    targets: [
        .executableTarget(
            name: "BareHummingbird", dependencies: [.product(name: "Hummingbird", package: "hummingbird")])
    ]
)
