import Foundation
import Pipeline
import StubGen
import TestSupport
import Testing

/// The stubs generated for each fixture in `Tests/Fixtures/stubs/` equal the committed ones in
/// `Tests/Goldens/stubs/` byte for byte (those folders are also compiled as the `TourStubs` and
/// `Nullable30Stubs` targets). `UPDATE_GOLDENS=1` rewrites them and fails.
@Suite struct StubGoldenTests {
    static let fixtures = ["nullable30", "tour"]

    @Test(arguments: fixtures)
    func generatedStubsMatchGoldens(_ fixture: String) throws {
        let document = TestPaths.fixtures + "/stubs/" + fixture + "/openapi.yaml"
        let config = StubConfig(access: .public, sourceName: "openapi.yaml")
        let result = Pipeline().stubs(document, config: config)
        #expect(result.usable)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.message) == [])
        #expect(!result.files.isEmpty)

        let goldens = TestPaths.packageRoot + "/Tests/Goldens/stubs/" + fixture
        let manager = FileManager.default
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            // A failed generation (a template missing or broken) must not wipe the goldens.
            guard result.usable, !result.templateFailed, !result.files.isEmpty else {
                Issue.record("generation failed; goldens in \(goldens) left as they were")
                return
            }
            try? manager.removeItem(atPath: goldens)
            try manager.createDirectory(atPath: goldens, withIntermediateDirectories: true)
            for file in result.files {
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: goldens + "/" + file.path))
            }
            Issue.record("goldens rewritten in \(goldens): review them and run again without UPDATE_GOLDENS")
            return
        }
        let recorded = ((try? manager.contentsOfDirectory(atPath: goldens)) ?? []).sorted()
        #expect(recorded == result.files.map(\.path).sorted(), "the golden folder has other files than generated")
        for file in result.files {
            let expected = manager.contents(atPath: goldens + "/" + file.path).map {
                String(decoding: $0, as: UTF8.self)
            }
            #expect(expected == file.contents, "golden differs: \(fixture)/\(file.path)")
        }
    }
}
