import Foundation
import SpecDiff
import TestSupport
import Testing

/// A real pair: GitHub Enterprise Server 3.0 against a copy edited in memory.
@Suite struct CorpusPairTests {
    static let name = "ghes-3.0.yaml"
    static let edited = "ghes-edited.yaml"

    /// The corpus text with three edits: an operation removed, a shared optional parameter made required, a
    /// property dropped from a schema three operations return.
    static func editedText(_ text: String) throws -> String {
        var text = text
        let start = try #require(text.range(of: "  \"/admin/hooks/{hook_id}/pings\":\n"))
        let end = try #require(text.range(of: "  \"/admin/keys\":\n"))
        text.removeSubrange(start.lowerBound..<end.lowerBound)
        let parameter =
            "    per-page:\n      name: per_page\n      description: Results per page (max 100)\n      in: query\n"
        #expect(text.components(separatedBy: parameter).count == 2)
        text = text.replacingOccurrences(of: parameter, with: parameter + "      required: true\n")
        let property =
            "        url:\n          type: string\n        ping_url:\n          type: string\n    global-hook-2:"
        #expect(text.components(separatedBy: property).count == 2)
        text = text.replacingOccurrences(
            of: property, with: "        url:\n          type: string\n    global-hook-2:")
        return text
    }

    @Test func editedCopyReportsExactlyTheEdits() throws {
        let original = try String(contentsOfFile: TestPaths.corpus + "/ghes-3.0/ghes-3.0.yaml", encoding: .utf8)
        let result = DiffRun.changes(
            files: [Self.name: original, Self.edited: try Self.editedText(original)], base: Self.name,
            revision: Self.edited)
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.changes.formatted == """
                ghes-edited.yaml:32901:7: error[parameter-became-required]: query parameter 'per_page' became required
                note: affects 7 operations: GET /admin/hooks, GET /admin/keys, GET /admin/pre-receive-environments, \
                GET /admin/pre-receive-hooks, GET /admin/tokens, GET /orgs/{org}/pre-receive-hooks, \
                GET /repos/{owner}/{repo}/pre-receive-hooks
                ghes-3.0.yaml:33494:9: error[property-removed]: property 'ping_url' removed from schema 'global-hook' in responses
                note: affects 3 operations: GET /admin/hooks, POST /admin/hooks, GET /admin/hooks/{hook_id}
                ghes-3.0.yaml:555:5: error[operation-removed]: POST /admin/hooks/{hook_id}/pings: operation removed

                """)
        let removed = try #require(result.changes.last)
        #expect(removed.operation?.method == "POST")
        #expect(removed.affected.isEmpty)
        #expect(result.changes[1].operation == nil)
        #expect(result.changes[1].affected.map(\.path) == ["/admin/hooks", "/admin/hooks", "/admin/hooks/{hook_id}"])
    }

    @Test func documentComparedWithItselfHasNoChanges() throws {
        let original = try String(contentsOfFile: TestPaths.corpus + "/ghes-3.0/ghes-3.0.yaml", encoding: .utf8)
        let result = DiffRun.changes(
            files: [Self.name: original, "copy.yaml": original], base: Self.name, revision: "copy.yaml")
        #expect(result.isComplete)
        #expect(result.changes == [])
    }
}
