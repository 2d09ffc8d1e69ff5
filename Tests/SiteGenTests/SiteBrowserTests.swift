import Foundation
import SiteGen
import Testing

/// Debian's chromium, when installed.
private let chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
}

/// The fixture site in Debian's headless `chromium`: key content is in the DOM after scripts ran, no console
/// messages (CSP violations and script errors are both logged there), search finds an operation, and light and
/// dark screenshots are saved to `$TMPDIR/specc-site-browser/`. Skipped when chromium is not installed
/// (`apt-get install -y chromium`).
@Suite(.serialized, .enabled(if: chromiumPath != nil, "chromium is not installed"))
struct SiteBrowserTests {

    static let folder = NSTemporaryDirectory() + "specc-site-browser"

    /// Writes the fixture site to `folder/site` and returns its path.
    static func writeSite() throws -> String {
        let result = SiteTestSupport.build(SiteTestSupport.fixture + "/openapi.yaml", pages: SiteTestSupport.fixturePages)
        let site = folder + "/site"
        try? FileManager.default.removeItem(atPath: site)
        for file in result.files {
            let path = site + "/" + file.path
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
        }
        return site
    }

    /// Runs chromium headless with `arguments` on `url`; returns standard output and the console lines of its log.
    static func run(_ arguments: [String], url: String) throws -> (output: String, console: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["60", chromiumPath ?? "chromium", "--headless", "--no-sandbox", "--disable-gpu",
            "--hide-scrollbars", "--virtual-time-budget=3000", "--enable-logging=stderr", "--v=0"] + arguments + [url]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting: a full pipe would block chromium.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let console = String(decoding: errorData, as: UTF8.self).split(separator: "\n")
            .filter { $0.contains(":CONSOLE") }.map(String.init)
        return (String(decoding: outputData, as: UTF8.self), console)
    }

    @Test func pagesShowTheirContentWithoutConsoleMessages() throws {
        let site = try Self.writeSite()
        let expectations = [
            "index.html": [#"<h1>Tiny Pets <small class="version">1.0.0</small></h1>"#, #"<a href="tags/pets.html">Pets</a>"#],
            "operations/getPet.html": [
                #"<span class="method get">GET</span> <code>/pets/{petId}</code>"#, #"<tr id="param-path-petid">"#,
                #"<li class="node" id="response-200-body.owner.email">"#,
            ],
            "schemas/Pet.html": [#"<li class="node" id="schema.kind">"#, #"<a href="../operations/getPet.html">Get a pet</a>"#],
            "guides/intro.html": [#"<h2 id="setup-2">Setup</h2>"#, #"<a href="../operations/getPet.html">how to fetch a pet</a>"#],
        ]
        for (page, snippets) in expectations.sorted(by: { $0.key < $1.key }) {
            let (dom, console) = try Self.run(["--dump-dom"], url: "file://\(site)/\(page)")
            for snippet in snippets { #expect(dom.contains(snippet), "\(page) lacks \(snippet)") }
            // The script ran: it shows the theme toggle and the search field that reading without JS hides.
            #expect(dom.contains(#"<button id="theme-toggle" class="theme-toggle" type="button">Theme</button>"#), "\(page)")
            #expect(console == [], "\(page) logged to the console")
        }
    }

    @Test func searchFindsTheOperation() throws {
        let site = try Self.writeSite()
        let (dom, console) = try Self.run(["--dump-dom"], url: "file://\(site)/index.html?q=get%20pet")
        let results = SiteTestSupport.matches(#"(<ol id="search-results"[^>]*>.*?</ol>)"#, in: dom)
        #expect(results == [
            #"<ol id="search-results" class="search-results"><li><a href="operations/getPet.html">Get a pet</a>"#
                + #"<small>operation · GET /pets/{petId} getPet</small></li></ol>"#
        ])
        #expect(console == [])
    }

    @Test(arguments: ["light", "dark"])
    func screenshots(theme: String) throws {
        let site = try Self.writeSite()
        let png = "\(Self.folder)/getPet-\(theme).png"
        try? FileManager.default.removeItem(atPath: png)
        let dark = theme == "dark" ? ["--blink-settings=preferredColorScheme=0"] : []
        _ = try Self.run(dark + ["--window-size=1280,900", "--screenshot=\(png)"], url: "file://\(site)/operations/getPet.html")
        let size = (try? FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
        #expect(size > 10_000, "no screenshot at \(png)")
    }
}
