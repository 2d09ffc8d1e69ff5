import Foundation
import SiteGen
import Testing
import TestSupport

@Suite struct SiteGoldenTests {
    /// The fixture site equals `Tests/Goldens/site/`; `UPDATE_GOLDENS=1` rewrites it and fails.
    @Test func fixtureSiteMatchesGoldens() throws {
        let result = SiteTestSupport.build(SiteTestSupport.fixture + "/openapi.yaml", pages: SiteTestSupport.fixturePages)
        #expect(result.diagnostics.map(\.formatted).filter { !$0.contains("warning[") } == [])
        let goldens = TestPaths.packageRoot + "/Tests/Goldens/site"
        let manager = FileManager.default
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try? manager.removeItem(atPath: goldens)
            for file in result.files {
                let path = goldens + "/" + file.path
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            }
            Issue.record("goldens rewritten in \(goldens): review them and run again without UPDATE_GOLDENS")
            return
        }
        let recorded = (manager.enumerator(atPath: goldens)?.compactMap { $0 as? String } ?? [])
            .filter { !manager.isDirectory(goldens + "/" + $0) }.sorted()
        #expect(recorded == result.files.map(\.path).sorted())
        for file in result.files {
            let expected = manager.contents(atPath: goldens + "/" + file.path).map { String(decoding: $0, as: UTF8.self) }
            #expect(expected == file.text, "golden differs: \(file.path)")
        }
    }

    @Test func draftsAreLeftOutAndLinksResolve() {
        let result = SiteTestSupport.build(SiteTestSupport.fixture + "/openapi.yaml", pages: SiteTestSupport.fixturePages)
        let paths = result.files.map(\.path)
        #expect(paths.contains("guides/intro.html"))
        #expect(!paths.contains { $0.contains("secret") })
        let intro = result.files.first { $0.path == "guides/intro.html" }?.text ?? ""
        #expect(intro.contains("<a href=\"../operations/getPet.html\">how to fetch a pet</a>"))
        #expect(intro.contains("<a href=\"../schemas/Pet.html\">Pet schema</a>"))
        #expect(intro.contains("<a href=\"../guides/auth.html#tokens\">auth</a>"))
        #expect(intro.contains("<h2 id=\"setup-2\">Setup</h2>"))
        #expect(SiteTestSupport.brokenLinks(in: result.files) == [])
    }
}

extension FileManager {
    fileprivate func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
