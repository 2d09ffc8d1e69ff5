import Pipeline
import SiteGen
import Testing

/// Templates from `--templates DIR` that do not parse or render are `invalid-template` findings at their tag.
@Suite struct SiteTemplateErrorTests {
    static func errors(_ templates: [String: String]) -> [String] {
        var files = ["openapi.yaml": SiteFeatureTests.yaml]
        for (name, text) in templates { files["theme/" + name] = text }
        let result = Pipeline(fileSystem: MemoryFileSystem(files)).site(
            "openapi.yaml", pagePaths: [], templatesDirectory: "theme")
        return result.diagnostics.map(\.formatted).filter { $0.contains("[invalid-template]") }
    }

    @Test func aTemplateThatDoesNotParseIsLocatedAtItsTag() {
        #expect(
            Self.errors(["partials/_nav.html": "<nav>\n  <ul>{{#guides}}\n</nav>\n"]) == [
                "theme/partials/_nav.html:2:7: error[invalid-template]: template 'theme/partials/_nav.html' does not parse: "
                    + "unclosed section 'guides'"
            ])
    }

    @Test func aTagThatDoesNotRenderIsReportedOnceAtItsPlace() {
        // Three tag pages use the template; the finding is one.
        #expect(
            Self.errors(["tag.html": "<h1>{{{name}}}</h1>\n  {{> _missing}}\n"]) == [
                "theme/tag.html:2:3: error[invalid-template]: template 'theme/tag.html' does not render: unknown partial '_missing'"
            ])
    }

    @Test func builtInTemplatesProduceNoFindings() {
        #expect(Self.errors([:]) == [])
    }
}
