import Preview
import SiteGen
import Testing

/// How a request path maps onto the files of a site held in memory.
@Suite struct PreviewSiteTests {
    let site = PreviewSite(files: [
        SiteFile(path: "index.html", text: "home"), SiteFile(path: "404.html", text: "gone"),
        SiteFile(path: "guides/index.html", text: "guides home"), SiteFile(path: "guides/a b.html", text: "spaced"),
        SiteFile(path: "assets/site.css", text: "body{}"), SiteFile(path: "x/index.md", text: "# md"),
    ])

    func answer(_ path: String) -> (Int, String, String) {
        let answer = site.answer(for: path)
        return (answer.status, answer.contentType, String(decoding: answer.body, as: UTF8.self))
    }

    @Test func foldersServeTheirIndex() {
        #expect(answer("/") == (200, "text/html; charset=utf-8", "home"))
        #expect(answer("/guides/") == (200, "text/html; charset=utf-8", "guides home"))
        #expect(answer("/guides/a%20b.html") == (200, "text/html; charset=utf-8", "spaced"))
        #expect(answer("/assets/site.css") == (200, "text/css; charset=utf-8", "body{}"))
        #expect(answer("/x/index.md") == (200, "text/markdown; charset=utf-8", "# md"))
    }

    @Test func aFolderWithoutItsSlashRedirects() {
        let redirect = site.answer(for: "/guides")
        #expect(redirect.status == 301)
        #expect(redirect.location == "/guides/")
    }

    @Test func missingFilesGetThe404Page() {
        #expect(answer("/nope.html") == (404, "text/html; charset=utf-8", "gone"))
        #expect(answer("/assets/") == (404, "text/html; charset=utf-8", "gone"))
        let empty = PreviewSite(files: []).answer(for: "/")
        #expect(empty.status == 404)
        #expect(String(decoding: empty.body, as: UTF8.self).contains("Not found"))
    }

    @Test(arguments: [
        "/..", "/../x", "/a/../index.html", "/%2e%2e/x", "/%2E%2e/x", "/./index.html", "/a%5c..%5cb", "/a%00",
        "index.html", "/%zz",
    ])
    func pathsLeavingTheSiteAreRefused(_ path: String) {
        #expect(site.answer(for: path).status == 400)
    }
}
