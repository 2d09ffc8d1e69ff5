import Foundation
import Testing
import TestSupport

/// Every folder in `Tests/Fixtures/invalid/<id>/` holds an `openapi.yaml` and the exact `expected.txt` that
/// `validate` prints for it. Set `UPDATE_GOLDENS=1` to rewrite them (the run still fails, so a recording is
/// never mistaken for a pass).
@Suite struct RuleFixtureTests {
    static let folders = TestPaths.subfolders(of: TestPaths.fixtures + "/invalid")

    @Test(arguments: folders)
    func fixtureMatchesExpectedOutput(_ name: String) throws {
        let folder = TestPaths.fixtures + "/invalid/" + name
        let actual = FixtureValidation.text(folder: folder) + "\n"
        let expectedPath = folder + "/expected.txt"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(expectedPath); run again without UPDATE_GOLDENS")
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected, "fixture \(name)")
        // The fixture must show the rule it is named after.
        #expect(actual.contains("[\(name)]"), "fixture \(name) does not trigger '\(name)'")
    }
}
