import Foundation
import Pipeline
import SpecParser
import Testing
import TestSupport

/// Hostile input is refused with a finding, quickly and without unbounded memory.
@Suite struct LimitTests {
    static func validate(_ files: [String: String], config: PipelineConfig = .init()) -> [String] {
        Pipeline(fileSystem: MemoryFileSystem(files), config: config).validate("openapi.yaml").diagnostics.map(\.formatted)
    }

    @Test func billionLaughsIsRefusedAtTheFirstAliasOverTheBudget() {
        var lines = ["openapi: 3.0.0", "info: {title: lol, version: '1'}", "paths: {}", "x-lol:"]
        lines.append("  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]")
        for level in 1...12 {
            lines.append("  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let output = Self.validate(["openapi.yaml": lines.joined(separator: "\n")])
        #expect(output.count == 1)
        #expect(output.first?.hasPrefix("openapi.yaml:10:") == true)
        #expect(output.first?.contains("error[alias-expansion-limit]") == true)
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let yaml = Self.validate(["openapi.yaml": "openapi: 3.0.0\nx-deep: " + deep + "\n"])
        #expect(yaml == ["openapi.yaml:2:264: error[nesting-too-deep]: nesting is deeper than 256 levels"])
        let json = Self.validate(["openapi.yaml": "{\"openapi\": \"3.0.0\", \"x\": " + deep + "}"])
        #expect(json.first?.contains("error[nesting-too-deep]") == true)
    }

    @Test func oversizedFileIsRefusedBeforeReading() {
        var config = PipelineConfig()
        config.limits.maxFileBytes = 100
        let output = Self.validate(["openapi.yaml": String(repeating: "#", count: 101)], config: config)
        #expect(output.contains { $0.contains("error[file-too-large]") })
    }

    @Test func tooManyFilesIsRefused() {
        var files = ["openapi.yaml": "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"]
        for index in 0..<5 {
            files["openapi.yaml"]! += "    S\(index): {$ref: './s\(index).yaml'}\n"
            files["s\(index).yaml"] = "type: string\n"
        }
        var config = PipelineConfig()
        config.limits.maxFiles = 3
        let output = Self.validate(files, config: config)
        #expect(output.contains { $0.contains("error[too-many-files]") })
    }

    @Test func duplicateKeysAreErrorsWithBothLocations() {
        let output = Self.validate([
            "openapi.yaml": "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\nopenapi: 3.1.0\n"
        ])
        #expect(output == ["openapi.yaml:4:1: error[duplicate-key]: duplicate key 'openapi'\nopenapi.yaml:1:1: note: 'openapi' first appears here"])
    }
}
