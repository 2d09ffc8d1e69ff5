import Foundation
import Pipeline
import Testing
import TestSupport

/// Every rule id has a fixture and a documentation entry, and every fixture names a real id.
@Suite struct RuleCatalogueTests {
    static let fixtureIDs = Set(TestPaths.subfolders(of: TestPaths.fixtures + "/invalid"))
    static let documentation = (try? String(contentsOfFile: TestPaths.packageRoot + "/docs/rules.md", encoding: .utf8)) ?? ""

    @Test func everyLintRuleHasAFixtureAndADocsEntry() {
        for id in LintRegistryIDs.all.map(\.rawValue) {
            #expect(Self.fixtureIDs.contains(id), "no fixture folder Tests/Fixtures/invalid/\(id)")
            #expect(Self.documentation.contains("### \(id)\n"), "no entry '### \(id)' in docs/rules.md")
        }
    }

    @Test func everyConfigurableReferenceFindingHasAFixtureAndADocsEntry() {
        for id in ["unresolved-ref", "ref-cycle", "remote-ref", "newer-openapi-version"] {
            #expect(Self.fixtureIDs.contains(id))
            #expect(Self.documentation.contains("`\(id)`"))
        }
    }

    @Test func everyPageAndTemplateFindingHasADocsEntry() {
        for id in ["unreadable-page", "invalid-front-matter", "unknown-front-matter-key", "broken-link", "invalid-template"] {
            #expect(Self.documentation.contains("| `\(id)` |"), "'\(id)' has no row in docs/rules.md")
        }
    }

    @Test func everyFixtureIsNamedAfterAKnownID() {
        let known = Set(LintRegistryIDs.all.map(\.rawValue)).union(ConfigLoader.configurableIDs.map(\.rawValue))
            .union(StructuralDiagnostics.ids.map(\.rawValue))
        for id in Self.fixtureIDs {
            #expect(known.contains(id), "fixture '\(id)' names no rule")
            #expect(Self.documentation.contains(id), "'\(id)' is not documented in docs/rules.md")
        }
    }
}
