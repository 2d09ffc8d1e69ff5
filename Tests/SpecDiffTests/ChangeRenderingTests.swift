import Foundation
import SpecDiagnostics
import SpecDiff
import Testing

/// The output formats of `specc diff`, on a fixed list of changes.
@Suite struct ChangeRenderingTests {
    static let pets = Diagnostic.Operation(method: "GET", path: "/pets")
    static let pet = Diagnostic.Operation(method: "GET", path: "/pets/{id}")
    static let changes: [Change] = [
        Change(
            id: "parameter-became-required", level: .error, message: "query parameter 'limit' became required",
            operation: pets,
            location: SourceRange(
                file: "openapi.yaml", start: .init(line: 8, column: 11), end: .init(line: 8, column: 15))),
        Change(
            id: "property-removed", level: .error, message: "property 'tag' removed from schema 'Pet' in responses",
            location: SourceRange(file: "base.yaml", at: .init(line: 40, column: 9)), affected: [pets, pet]),
        Change(id: "server-removed", level: .warning, message: "server 'https://a.example' removed"),
        Change(id: "operation-added", level: .info, message: "operation added", operation: pet),
    ].sorted(by: Change.sortOrder)

    @Test func textLinesPutTheOperationFirstAndListAffectedOperations() {
        #expect(
            Self.changes.formatted == """
                openapi.yaml:8:11: error[parameter-became-required]: GET /pets: query parameter 'limit' became required
                base.yaml:40:9: error[property-removed]: property 'tag' removed from schema 'Pet' in responses
                note: affects 2 operations: GET /pets, GET /pets/{id}
                warning[server-removed]: server 'https://a.example' removed
                info[operation-added]: GET /pets/{id}: operation added

                """)
    }

    @Test func jsonIsCompactSortedAndComplete() {
        let text = ChangeJSONRenderer().render(Array(Self.changes.prefix(2)))
        #expect(
            text
                == #"{"changes":[{"affected":[],"column":11,"endColumn":15,"endLine":8,"file":"openapi.yaml","id":"parameter-became-required","level":"error","line":8,"message":"query parameter 'limit' became required","method":"GET","path":"/pets"},{"affected":[{"method":"GET","path":"/pets"},{"method":"GET","path":"/pets/{id}"}],"column":9,"endColumn":9,"endLine":40,"file":"base.yaml","id":"property-removed","level":"error","line":40,"message":"property 'tag' removed from schema 'Pet' in responses","method":null,"path":null}],"summary":{"errors":2,"infos":0,"warnings":0}}"#
                + "\n")
    }

    @Test func markdownHasSummaryTableAndDetailsByOperation() {
        #expect(
            ChangeMarkdownRenderer().render(Self.changes) == """
                ## API changes

                | level | changes |
                |---|---:|
                | **breaking** | 2 |
                | warning | 1 |
                | info | 1 |

                ### Document

                | level | change | id | where |
                |---|---|---|---|
                | warning | server 'https://a.example' removed | `server-removed` |  |

                ### `GET /pets`

                | level | change | id | where |
                |---|---|---|---|
                | **breaking** | query parameter 'limit' became required | `parameter-became-required` | `openapi.yaml:8:11` |

                ### `GET /pets/{id}`

                | level | change | id | where |
                |---|---|---|---|
                | info | operation added | `operation-added` |  |

                ### Shared schemas

                - **breaking** `property-removed`: property 'tag' removed from schema 'Pet' in responses (`base.yaml:40:9`)
                  affects 2 operations: `GET /pets`, `GET /pets/{id}`

                """)
        #expect(ChangeMarkdownRenderer().render([]) == "## API changes\n\nNo changes.\n")
    }

    @Test func changelogListsBreakingChangesFirst() {
        #expect(
            ChangelogRenderer(from: "1.0", to: "2.0").render(Self.changes) == """
                # Changelog: 1.0 → 2.0

                2 breaking changes, 1 warning, 1 info.

                ## Breaking changes

                ### `GET /pets`

                - query parameter 'limit' became required (`parameter-became-required`)

                ### Shared schemas

                - property 'tag' removed from schema 'Pet' in responses (`property-removed`); affects `GET /pets`, `GET /pets/{id}`

                ## Warnings

                ### Document

                - server 'https://a.example' removed (`server-removed`)

                ## Other changes

                ### `GET /pets/{id}`

                - operation added (`operation-added`)

                """)
    }

    @Test func sarifAndGitHubReuseTheDiagnosticRenderers() throws {
        let sarif = DiffFormat.sarif.render(Self.changes, sources: SourceFileTable())
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(
            rules.map { $0["id"] as? String } == [
                "operation-added", "parameter-became-required", "property-removed", "server-removed",
            ])
        #expect((rules[0]["shortDescription"] as? [String: String])?["text"] == "an operation was added")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(
            (results[1]["message"] as? [String: String])?["text"]
                == "property 'tag' removed from schema 'Pet' in responses\nnote: affects 2 operations: GET /pets, GET /pets/{id}"
        )
        let github = DiffFormat.github.render(Array(Self.changes.prefix(1)), sources: SourceFileTable())
        #expect(
            github
                == "::error file=openapi.yaml,line=8,endLine=8,title=specc [parameter-became-required]::GET /pets: query parameter 'limit' became required\n"
        )
    }

    @Test func affectedListIsCappedInNotes() {
        let operations = (1...12).map { Diagnostic.Operation(method: "GET", path: "/p\($0)") }
        let change = Change(id: "property-removed", level: .error, message: "m", affected: operations)
        #expect(
            change.affectedSummary
                == "affects 12 operations: GET /p1, GET /p2, GET /p3, GET /p4, GET /p5, GET /p6, GET /p7, GET /p8, GET /p9, GET /p10 and 2 more"
        )
    }
}
