import Foundation
import Pipeline
import Preview
import Synchronization
import TestSupport
import Testing

/// The preview server in process, on 127.0.0.1 with a free port, serving a copy of `Tests/Fixtures/site`.
@Suite(.serialized) struct PreviewServerTests {
    private let scratch = ScratchFolder("specc-preview")
    var folder: String { scratch.path }

    init() throws {
        try FileManager.default.copyItem(atPath: TestPaths.fixtures + "/site", toPath: folder)
    }

    /// What the server reported, in order.
    final class Events: Sendable {
        let log = Mutex<[PreviewEvent]>([])
        func append(_ event: PreviewEvent) { log.withLock { $0.append(event) } }

        var port: Int? {
            log.withLock { events in
                events.lazy.compactMap { if case .listening(_, let port) = $0 { port } else { nil } }.first
            }
        }

        /// The builds so far: whether each was a rebuild and whether it is served.
        var builds: [(isRebuild: Bool, isUsable: Bool)] {
            log.withLock { events in
                events.compactMap {
                    if case .built(let build, let isRebuild) = $0 { (isRebuild, build.isUsable) } else { nil }
                }
            }
        }
    }

    /// Polls `condition` every 100 ms for at most `seconds`; true once it holds. Generous, as it returns as soon
    /// as the condition holds: in CI this suite runs beside the corpus tests on two cores, and the first build
    /// once took over 30 s.
    func eventually(seconds: Double = 120, _ condition: () async throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await condition() { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return try await condition()
    }

    func edit(_ name: String, _ change: (String) -> String) throws {
        let path = folder + "/" + name
        try change(try String(contentsOfFile: path, encoding: .utf8)).write(
            toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func servesTheSiteAndRebuildsOnEdits() async throws {
        let events = Events()
        let server = PreviewServer(
            source: PreviewSource(document: folder + "/openapi.yaml"), host: "127.0.0.1", port: 0,
            pollInterval: .milliseconds(100), stopsOnSignals: false)
        let running = Task { try await server.run(onEvent: events.append) }
        defer { running.cancel() }
        #expect(await eventually { events.port != nil })
        let port = try #require(events.port)
        #expect(port > 0)
        #expect(events.builds.map(\.isUsable) == [true])

        let home = try await HTTPTestClient.get("/", port: port)
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["cache-control"] == "no-store")
        #expect(home.text.contains(#"<h1>Tiny Pets <small class="version">1.0.0</small></h1>"#))
        let index = try await HTTPTestClient.get("/index.html", port: port)
        #expect(index.body == home.body)

        let operation = try await HTTPTestClient.get("/operations/getPet.html", port: port)
        #expect(operation.status == 200)
        #expect(operation.text.contains(#"<span class="method get">GET</span> <code>/pets/{petId}</code>"#))

        let types = [
            "/assets/site.css": "text/css; charset=utf-8", "/assets/site.js": "text/javascript; charset=utf-8",
            "/search-index.json": "application/json; charset=utf-8",
            "/operations/getPet.md": "text/markdown; charset=utf-8",
            "/llms.txt": "text/plain; charset=utf-8",
        ]
        for (path, type) in types.sorted(by: { $0.key < $1.key }) {
            let response = try await HTTPTestClient.get(path, port: port)
            #expect(response.status == 200, "\(path)")
            #expect(response.headers["content-type"] == type, "\(path)")
            #expect(!response.body.isEmpty, "\(path)")
        }

        let missing = try await HTTPTestClient.get("/operations/nothing.html", port: port)
        #expect(missing.status == 404)
        #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
        #expect(missing.text.contains("<h1>Page not found</h1>"))
        let head = try await HTTPTestClient.get("/", port: port, method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)

        for target in [
            "/../openapi.yaml", "/guides/../../openapi.yaml", "/%2e%2e/openapi.yaml", "/guides/%2E%2E/index.html",
        ] {
            let response = try await HTTPTestClient.get(target, port: port)
            #expect(response.status == 400, "\(target)")
            #expect(!response.text.contains("openapi"), "\(target)")
        }

        // An edit of the document is served after the next poll.
        try edit("openapi.yaml") { $0.replacingOccurrences(of: "title: Tiny Pets", with: "title: Tiny Pets Renamed") }
        let renamed = try await eventually {
            try await HTTPTestClient.get("/", port: port).text.contains("<h1>Tiny Pets Renamed")
        }
        #expect(renamed)

        // A new guide page is picked up too.
        try "# Fresh\n\nNew page.\n".write(toFile: folder + "/pages/fresh.md", atomically: true, encoding: .utf8)
        let fresh = try await eventually {
            try await HTTPTestClient.get("/guides/fresh.html", port: port).status == 200
        }
        #expect(fresh)

        // A document that no longer parses keeps the last good site served.
        let buildsBefore = events.builds.count
        try edit("openapi.yaml") { "openapi: [\n" + $0 }
        #expect(await eventually { events.builds.count > buildsBefore })
        #expect(events.builds.last.map { $0.isRebuild && !$0.isUsable } == true)
        let kept = try await HTTPTestClient.get("/", port: port)
        #expect(kept.status == 200)
        #expect(kept.text.contains("<h1>Tiny Pets Renamed"))

        running.cancel()
        _ = await running.result
    }

    @Test func onlyLoopbackHostsPassWithoutAWarning() {
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"] {
            #expect(PreviewServer.isLoopback(host), "\(host)")
        }
        for host in [
            "0.0.0.0", "::", "192.168.1.2", "example.com", "128.0.0.1", "127.example.com", "127.0.0.1.example.com",
        ] {
            #expect(!PreviewServer.isLoopback(host), "\(host)")
        }
    }
}
