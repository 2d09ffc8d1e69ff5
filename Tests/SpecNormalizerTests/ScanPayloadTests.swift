import Foundation
import SpecDiagnostics
import SpecModel
import SpecNormalizer
import Testing

/// The scan ingestion payload: shape, severity mapping and the server's limits.
@Suite struct ScanPayloadTests {
    static let hash = String(repeating: "ab", count: 32)

    static func make(_ api: API, findings: [Diagnostic] = [], service: String = "Pet Service") throws
        -> ScanPayload.Built
    {
        try ScanPayload.make(api: api, findings: findings, serviceName: service, hash: hash)
    }

    @Test func exactJSON() throws {
        let api = API(
            title: "Pets", version: "1.0", openapiVersion: "3.1.0",
            operations: [
                NormalizedOperation(method: .get, path: "/pets", operationId: "listPets", tags: ["pets"]),
                NormalizedOperation(method: .post, path: "/pets", summary: "Add"),
            ],
            webhooks: [NormalizedOperation(method: .post, path: "newPet")])
        let findings = [
            Diagnostic(
                .warning, "missing-operation-id", "operation has no 'operationId'",
                operation: .init(method: "POST", path: "/pets")),
            Diagnostic(.info, "note-id", "fyi"),
            Diagnostic(.error, "invalid-yaml", "bad"),
        ]
        let built = try Self.make(api, findings: findings)
        #expect(built.truncations == [])
        let json = String(decoding: try built.payload.jsonData(), as: UTF8.self)
        let expected = #"""
            {"endpoints":[{"method":"GET","operationId":"listPets","path":"/pets","summary":null,"tags":["pets"]},\#
            {"method":"POST","operationId":null,"path":"/pets","summary":"Add","tags":[]}],\#
            "findings":[{"code":"invalid-yaml","message":"bad","method":null,"path":null,"severity":"high"},\#
            {"code":"missing-operation-id","message":"operation has no 'operationId'","method":"POST","path":"/pets",\#
            "severity":"medium"},{"code":"note-id","message":"fyi","method":null,"path":null,"severity":"info"}],\#
            "service":{"name":"Pet Service"},"spec":{"format":"openapi","hash":"\#(Self.hash)","title":"Pets",\#
            "version":"3.1.0"}}
            """#
        #expect(json == expected)
        #expect(try JSONDecoder().decode(ScanPayload.self, from: built.payload.jsonData()) == built.payload)
    }

    @Test func severityMapping() {
        #expect(ScanSeverity(Severity.error) == .high)
        #expect(ScanSeverity(Severity.warning) == .medium)
        #expect(ScanSeverity(Severity.info) == .info)
    }

    @Test func stringsAreCutWithAnEllipsisInsideTheLimit() throws {
        let summary = String(repeating: "a", count: 298) + "😀😀"
        let tags = (1...25).map { "t\($0)" } + []
        var longTag = tags
        longTag[1] = String(repeating: "x", count: 130)
        let api = API(
            title: String(repeating: "T", count: 250), version: "1", openapiVersion: String(repeating: "9", count: 81),
            operations: [
                NormalizedOperation(
                    method: .get, path: "/" + String(repeating: "p", count: 1_000),
                    operationId: String(repeating: "o", count: 201), tags: longTag, summary: summary),
                NormalizedOperation(method: .query, path: "/search"),
            ])
        let finding = Diagnostic(
            .error, DiagnosticID(rawValue: String(repeating: "c", count: 121)), String(repeating: "m", count: 501),
            operation: .init(method: "QUERY", path: "/search"))
        let built = try Self.make(api, findings: [finding], service: String(repeating: "s", count: 121))
        let payload = built.payload
        #expect(payload.service.name == String(repeating: "s", count: 119) + "…")
        #expect(payload.spec.title == String(repeating: "T", count: 199) + "…")
        #expect(payload.spec.version == String(repeating: "9", count: 79) + "…")
        #expect(payload.endpoints.count == 1)
        let endpoint = try #require(payload.endpoints.first)
        #expect(endpoint.path == "/" + String(repeating: "p", count: 998) + "…")
        #expect(endpoint.operationId == String(repeating: "o", count: 199) + "…")
        #expect(endpoint.summary == String(repeating: "a", count: 298) + "…")
        #expect(endpoint.summary?.utf16.count == 299)
        #expect(endpoint.tags.count == 20)
        #expect(endpoint.tags[1] == String(repeating: "x", count: 119) + "…")
        #expect(endpoint.tags[19] == "t20")
        let found = try #require(payload.findings.first)
        #expect(found.code == String(repeating: "c", count: 119) + "…")
        #expect(found.message == String(repeating: "m", count: 499) + "…")
        #expect(found.method == nil)
        #expect(found.path == "/search")
        let operation = "endpoints[GET /\(String(repeating: "p", count: 1_000))]"
        #expect(
            built.truncations.map(\.description) == [
                "'service.name' is 121 characters long; cut to 120",
                "'spec.version' is 81 characters long; cut to 80",
                "'spec.title' is 250 characters long; cut to 200",
                "'endpoints[QUERY /search]' is not sent: the server accepts only "
                    + "GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH and TRACE",
                "'\(operation).path' is 1001 characters long; cut to 1000",
                "'\(operation).operationId' is 201 characters long; cut to 200",
                "'\(operation).tags' has 25 items; only the first 20 are sent",
                "'\(operation).tags[1]' is 130 characters long; cut to 120",
                "'\(operation).summary' is 302 characters long; cut to 300",
                "'findings[0].code' is 121 characters long; cut to 120",
                "'findings[0].message' is 501 characters long; cut to 500",
            ])
    }

    @Test func listsKeepTheirFirstItemsErrorsFirst() throws {
        let operations = (0..<2_100).map { NormalizedOperation(method: .get, path: String(format: "/p%04d", $0)) }
        let api = API(title: "Big", version: "1", openapiVersion: "3.0.3", operations: operations)
        var findings: [Diagnostic] = []
        for index in 0..<400 { findings.append(Diagnostic(.info, "info-id", "info \(index)")) }
        for index in 0..<150 { findings.append(Diagnostic(.warning, "warning-id", "warning \(index)")) }
        for index in 0..<100 { findings.append(Diagnostic(.error, "error-id", "error \(index)")) }
        let built = try Self.make(api, findings: findings)
        #expect(built.payload.endpoints.count == 2_000)
        #expect(built.payload.endpoints.last?.path == "/p1999")
        #expect(built.payload.findings.count == 500)
        #expect(built.payload.findings.first?.message == "error 0")
        #expect(built.payload.findings[100].message == "warning 0")
        #expect(built.payload.findings[250].message == "info 0")
        #expect(built.payload.findings.last?.message == "info 249")
        #expect(
            built.truncations.map(\.description) == [
                "'endpoints' has 2100 items; only the first 2000 are sent",
                "'findings' has 650 items; only the first 500 are sent",
            ])
    }

    @Test func refusesWhatCannotBeFixed() {
        let api = API(title: "x", version: "1", openapiVersion: "3.0.3")
        #expect(throws: ScanPayloadError.emptyServiceName) {
            try ScanPayload.make(api: api, findings: [], serviceName: "", hash: Self.hash)
        }
        #expect(throws: ScanPayloadError.invalidHash("abc")) {
            try ScanPayload.make(api: api, findings: [], serviceName: "svc", hash: "abc")
        }
    }

    @Test func truncationCountsUTF16UnitsAndKeepsCharactersWhole() {
        #expect(ScanLimits.truncated("short", limit: 5) == nil)
        #expect(ScanLimits.truncated("abcdef", limit: 5) == "abcd…")
        #expect(ScanLimits.truncated("ab😀cd", limit: 4) == "ab…")
        #expect(ScanLimits.truncated("e\u{301}e\u{301}e\u{301}", limit: 5) == "e\u{301}e\u{301}…")
    }
}
