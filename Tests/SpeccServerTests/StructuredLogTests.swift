import Foundation
import Logging
import Synchronization
import Testing

@testable import SpeccServer

/// `--log-format json`: one JSON object per line, fields in a fixed order, values escaped so no input can
/// forge a line; at debug level one line per request, carrying the key id and never the key.
@Suite struct StructuredLogTests {
    /// Lines a `JSONLogHandler` wrote.
    final class Lines: Sendable {
        private let stored = Mutex<[String]>([])
        var all: [String] { stored.withLock { $0 } }
        func logger(level: Logger.Level) -> Logger {
            var logger = Logger(label: "specc.test") { label in
                JSONLogHandler(label: label, sink: { line in self.stored.withLock { $0.append(line) } })
            }
            logger.logLevel = level
            return logger
        }
        /// Every line parsed; records an issue for one that is not a single JSON object ending in a newline.
        var objects: [[String: Any]] {
            all.compactMap { line in
                #expect(line.hasSuffix("\n") && line.dropLast().firstIndex(of: "\n") == nil, "one line per entry: \(line)")
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                #expect(object != nil, "not a JSON object: \(line)")
                return object
            }
        }
    }

    @Test func eachEntryIsOneJSONObjectWithItsFields() throws {
        let lines = Lines()
        var logger = lines.logger(level: .info)
        logger[metadataKey: "instance"] = "a"
        logger.debug("below the level")
        logger.warning(
            "line one\nline two \"quoted\" \\ \u{1}",
            metadata: ["message": "shadowed", "count": "3", "nested": ["list": [.string("x"), "y"], "n": "1"]])
        logger.info("second")
        #expect(lines.all.count == 2, "\(lines.all)")
        let first = lines.objects[0]
        #expect(first["level"] as? String == "warning")
        #expect(first["logger"] as? String == "specc.test")
        #expect(first["message"] as? String == "line one\nline two \"quoted\" \\ \u{1}")
        #expect(first["meta.message"] as? String == "shadowed")
        #expect(first["instance"] as? String == "a")
        #expect(first["count"] as? String == "3")
        let nested = first["nested"] as? [String: Any]
        #expect(nested?["list"] as? [String] == ["x", "y"])
        #expect(nested?["n"] as? String == "1")
        let time = first["time"] as? String ?? ""
        #expect(time.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"#, options: .regularExpression) != nil, "\(time)")
        // Fixed fields first, then metadata by key.
        #expect(lines.all[0].hasPrefix("{\"time\":\"" + time + "\",\"level\":\"warning\",\"logger\":\"specc.test\",\"message\":"))
        let order = ["\"count\":", "\"instance\":", "\"meta.message\":", "\"nested\":"].map { lines.all[0].range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func timestampsAreUTCWithMilliseconds() {
        #expect(JSONLogHandler.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(JSONLogHandler.timestamp(Date(timeIntervalSince1970: 1_796_518_923.0456)) == "2026-12-06T01:02:03.045Z")
    }

    @Test func debugLevelLogsEveryRequestWithoutTheKey() async throws {
        let lines = Lines()
        let server = try await TestServer.start {
            $0.logger = lines.logger(level: .debug)
            $0.logLevel = .debug
        }
        let me = try await server.send("GET", "/api/me", key: server.ownerKey)
        #expect(me.status == 200)
        let keys = try await server.send("GET", "/api/api-keys", key: server.ownerKey)
        let keyId = keys.items.first?["id"] as? String
        #expect(keyId != nil)
        #expect(try await server.send("GET", "/api/scans").status == 401)
        #expect(try await server.send("GET", "/api/scans", key: server.ownerKey + "x").status == 401)
        await server.stopAndRemove()

        for line in lines.all {
            #expect(!line.contains(String(server.ownerKey.dropFirst(6).dropLast(7))), "a raw key was logged: \(line)")
        }
        let requests = lines.objects.filter { $0["message"] as? String == "request" }
        #expect(requests.filter { $0["operation"] as? String != "getHealth" }.count == 4, "\(lines.all)")
        let mine = requests.first { $0["operation"] as? String == "getCurrentPrincipal" }
        #expect(mine?["status"] as? String == "200")
        #expect(mine?["method"] as? String == "GET")
        #expect(mine?["route"] as? String == "/api/me")
        #expect(mine?["ip"] as? String == "127.0.0.1")
        #expect(Double(mine?["duration_ms"] as? String ?? "") != nil)
        #expect(mine?["key"] as? String == keyId)
        let refused = requests.filter { $0["operation"] as? String == "listScanRuns" }
        #expect(refused.map { $0["status"] as? String } == ["401", "401"])
        #expect(refused.allSatisfy { $0["key"] as? String == "none" })
    }

    @Test func theServeOptionsPickTheFormat() {
        #expect(LogFormat(rawValue: "json") == .json)
        #expect(LogFormat(rawValue: "yaml") == nil)
        #expect(LogFormat.json.logger(label: "x", level: .debug).logLevel == .debug)
        #expect(LogFormat.text.logger(label: "x", level: .error).logLevel == .error)
    }
}
