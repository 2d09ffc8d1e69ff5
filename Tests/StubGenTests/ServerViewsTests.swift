import SpecNormalizer
import TemplateEngine
import Testing

@testable import StubGen

/// The view models behind `Client.serverN(...)`: which servers get a helper, their parameters and docs.
@Suite struct ServerViewsTests {
    static func text(_ value: TemplateValue?) -> String? {
        if case .text(let text)? = value { return text }
        return nil
    }

    static func texts(_ object: TemplateDictionary, _ list: String, _ key: String) -> [String] {
        guard case .list(let items)? = object.value(forKey: list) else { return [] }
        return items.compactMap { item in
            guard case .object(let element) = item else { return nil }
            return text(element.value(forKey: key))
        }
    }

    static func lines(_ object: TemplateDictionary) -> [String] {
        guard case .list(let items)? = object.value(forKey: "doc") else { return [] }
        return items.compactMap { text($0) }
    }

    @Test func aServerWithoutVariablesTakesNoParameters() throws {
        let view = try #require(ServerViews.view(NormalizedServer(url: "https://api.example.com/v1"), name: "server1"))
        #expect(Self.text(view.value(forKey: "name")) == "server1")
        #expect(Self.text(view.value(forKey: "urlLiteral")) == "\"https://api.example.com/v1\"")
        #expect(Self.texts(view, "parameters", "declaration") == [])
        #expect(Self.lines(view) == [" https://api.example.com/v1"])
    }

    @Test func variablesBecomeParametersWithTheirDefaults() throws {
        let server = NormalizedServer(
            url: "{protocol}://{region}.example.com/v1", description: "Regional.",
            variables: [
                NormalizedServerVariable(name: "unused", defaultValue: "x"),
                NormalizedServerVariable(name: "region", defaultValue: "eu", description: "The region.\nMore."),
                NormalizedServerVariable(name: "protocol", defaultValue: "https", enumValues: ["https", "http"]),
            ])
        let view = try #require(ServerViews.view(server, name: "server2"))
        // Declaration order; the variable the URL does not use is left out; a keyword is escaped.
        #expect(
            Self.texts(view, "parameters", "declaration") == [
                #"region: Swift.String = "eu""#, #"`protocol`: Swift.String = "https""#,
            ])
        #expect(Self.texts(view, "variables", "nameLiteral") == [#""region""#, #""protocol""#])
        #expect(Self.texts(view, "variables", "swiftName") == ["region", "`protocol`"])
        #expect(Self.texts(view, "variables", "allowedLiteral") == ["[]", #"["https", "http"]"#])
        #expect(
            Self.lines(view) == [
                " Regional.", "", " - Parameters:", "   - region: The region. Default `eu`.",
                "   - protocol: One of `https`, `http`. Default `https`.",
            ])
    }

    @Test func aPlaceholderWithoutAVariableGetsNoHelper() {
        let server = NormalizedServer(
            url: "https://{tenant}.example.com/{version}",
            variables: [NormalizedServerVariable(name: "tenant", defaultValue: "acme")])
        #expect(ServerViews.view(server, name: "server1") == nil)
        // The others keep their numbers: the helper's name is the server's place in the document.
        guard case .list(let items) = ServerViews.list([server, NormalizedServer(url: "/api")]) else {
            Issue.record("not a list")
            return
        }
        #expect(items.count == 1)
        if case .object(let only)? = items.first {
            #expect(Self.text(only.value(forKey: "name")) == "server2")
        }
    }
}
