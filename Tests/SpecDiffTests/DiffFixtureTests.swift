import Foundation
import SpecDiff
import TestSupport
import Testing

/// Every folder `Tests/Fixtures/diff/<id>/` holds a base and a revision (`.yaml`, or `.json`) and the exact
/// `expected.txt` that `specc diff` prints for them in text form. `UPDATE_GOLDENS=1` rewrites the expected
/// files (and fails the run, so a recording is never mistaken for a pass).
@Suite struct DiffFixtureTests {
    static let folders = TestPaths.subfolders(of: DiffRun.fixtures)

    @Test(arguments: folders)
    func fixtureMatchesExpectedOutput(_ name: String) throws {
        let folder = DiffRun.fixtures + "/" + name
        let (base, revision) = DiffRun.names(in: folder)
        let result = DiffRun.changes(folder: folder, base: base, revision: revision)
        #expect(result.diagnostics.map(\.formatted) == [], "fixture \(name) does not read cleanly")
        let actual = result.changes.formatted
        let expectedPath = folder + "/expected.txt"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(expectedPath); run again without UPDATE_GOLDENS")
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected, "fixture \(name)")
        // The fixture must show the change it is named after (a folder may add a suffix: `type-changed-json`).
        let id = ChangeKind.all.map(\.id.rawValue).filter { name == $0 || name.hasPrefix($0 + "-") }.max {
            $0.count < $1.count
        }
        let kind = try #require(id, "fixture \(name) is not named after a change id")
        #expect(actual.contains("[\(kind)]"), "fixture \(name) does not report '\(kind)'")
    }

    /// The same documents written in JSON give the same changes (only locations differ).
    @Test(arguments: folders)
    func jsonFormOfFixtureGivesSameChanges(_ name: String) throws {
        let folder = DiffRun.fixtures + "/" + name
        let (base, revision) = DiffRun.names(in: folder)
        guard base.hasSuffix(".yaml") else { return }
        let yaml = DiffRun.changes(folder: folder, base: base, revision: revision)
        let baseJSON = try #require(
            YAMLToJSON.convert(try String(contentsOfFile: folder + "/" + base, encoding: .utf8)))
        let revisionJSON = try #require(
            YAMLToJSON.convert(try String(contentsOfFile: folder + "/" + revision, encoding: .utf8)))
        let json = DiffRun.changes(
            files: ["base.json": baseJSON, "revision.json": revisionJSON], base: "base.json", revision: "revision.json")
        #expect(json.diagnostics.map(\.formatted) == [])
        #expect(DiffRun.unlocated(json.changes) == DiffRun.unlocated(yaml.changes))
        #expect(
            json.changes.filter { $0.location == nil }.map(\.id) == yaml.changes.filter { $0.location == nil }.map(\.id)
        )
    }

    /// Every change id is in `docs/diff.md`.
    @Test func everyChangeIDIsDocumented() throws {
        let docs = try String(contentsOfFile: TestPaths.packageRoot + "/docs/diff.md", encoding: .utf8)
        let missing = ChangeKind.all.map(\.id.rawValue).filter { !docs.contains("| `\($0)` |") }
        #expect(missing == [])
    }

    /// Every change id has a fixture.
    @Test func everyChangeIDHasAFixture() {
        let names = Set(Self.folders)
        let missing = ChangeKind.all.map(\.id.rawValue).filter { !names.contains($0) }
        #expect(missing == [])
    }
}
