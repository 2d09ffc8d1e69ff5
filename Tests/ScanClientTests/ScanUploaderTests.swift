import Foundation
import HTTPTypes
import Pipeline
import ScanClient
import SpecNormalizer
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The upload through the generated client, against an in-process transport: what is sent, and how each
/// answer is reported.
@Suite struct ScanUploaderTests {
    /// Uploads the pets document and returns the error, failing the test when there is none.
    func uploadError(_ answer: RecordingTransport.Answer) async -> ScanError? {
        do {
            let receipt = try await ScanUploader(transport: RecordingTransport(answer)).upload(ScanFixtures.options())
            Issue.record("expected an error, got \(receipt)")
            return nil
        } catch {
            #expect(!error.description.contains(ScanFixtures.key))
            return error
        }
    }

    func refusal(_ status: Int, headers: HTTPFields = [:], body: String) async -> ServerRefusal? {
        let error = await uploadError(.respond(status: status, headers: headers, body: body))
        guard case .serverRefused(let refusal) = error else {
            Issue.record("expected a refusal, got \(String(describing: error))")
            return nil
        }
        #expect(error?.isUsageError == false)
        return refusal
    }

    @Test func storedScanSendsThePayloadWithTheBearerKey() async throws {
        let transport = RecordingTransport(.respond(status: 201, body: ScanFixtures.createdBody))
        let receipt = try await ScanUploader(transport: transport).upload(ScanFixtures.options())

        #expect(
            receipt
                == ScanReceipt(
                    scanRunId: "run_1", serviceId: "svc_1", jobId: "job_1", endpointCount: 2, findingCount: 0,
                    resultURL: "http://127.0.0.1:8080/api/scans/run_1"))
        #expect(
            receipt.lines == [
                "scan run: run_1", "service: svc_1", "endpoints: 2", "findings: 0", "job: job_1",
                "result: http://127.0.0.1:8080/api/scans/run_1",
            ])

        let sent = try #require(transport.requests.first)
        #expect(transport.requests.count == 1)
        #expect(sent.request.method == .post)
        #expect(sent.request.path == "/api/scans/ingest")
        #expect(sent.baseURL.absoluteString == "http://127.0.0.1:8080")
        #expect(sent.request.headerFields[.authorization] == "Bearer \(ScanFixtures.key)")
        #expect(sent.request.headerFields[.contentType] == "application/json; charset=utf-8")

        let body = try #require(try JSONSerialization.jsonObject(with: sent.body) as? [String: Any])
        #expect(body.keys.sorted() == ["endpoints", "findings", "service", "spec"])
        #expect(body["service"] as? [String: String] == ["name": "Pets"])
        let spec = try #require(body["spec"] as? [String: String])
        #expect(spec["format"] == "openapi")
        #expect(spec["version"] == "3.0.3")
        #expect(spec["title"] == "Pets")
        #expect(spec["hash"]?.count == 64)
        let endpoints = try #require(body["endpoints"] as? [[String: Any]])
        #expect(
            endpoints.map { "\($0["method"]!) \($0["path"]!) \($0["operationId"]!)" } == [
                "GET /pets listPets", "GET /pets/{id} getPet",
            ])
        #expect((body["findings"] as? [Any])?.isEmpty == true)
    }

    /// The body is exactly what `specc normalize` prints for the same document and service.
    @Test func bodyEqualsTheNormalizePayload() async throws {
        let transport = RecordingTransport(.respond(status: 201, body: ScanFixtures.createdBody))
        let options = ScanFixtures.options(spec: ScanFixtures.missingOperationId)
        _ = try await ScanUploader(transport: transport).upload(options)

        let result = Pipeline().normalize(ScanFixtures.missingOperationId)
        let api = try #require(result.api)
        let hash = try #require(result.hash)
        let payload = try ScanPayload.make(
            api: api, findings: result.validation.diagnostics, serviceName: "Pets", hash: hash
        ).payload
        let expected = try JSONSerialization.jsonObject(with: payload.jsonData()) as? NSDictionary
        let sentBody = try #require(transport.requests.first).body
        let sent = try JSONSerialization.jsonObject(with: sentBody) as? NSDictionary
        #expect(sent != nil)
        #expect(sent == expected)
    }

    /// Absent `operationId` and finding `method`/`path` are sent as `null`, not left out.
    @Test func absentEndpointAndFindingFieldsAreSentAsNull() async throws {
        let transport = RecordingTransport(.respond(status: 201, body: ScanFixtures.createdBody))
        _ = try await ScanUploader(transport: transport).upload(
            ScanFixtures.options(spec: ScanFixtures.missingOperationId))
        let sentBody = try #require(transport.requests.first).body
        let body = try #require(try JSONSerialization.jsonObject(with: sentBody) as? [String: Any])
        let endpoint = try #require((body["endpoints"] as? [[String: Any]])?.first)
        #expect(endpoint["operationId"] is NSNull)
        #expect(endpoint["summary"] as? String == "list the pets")
        #expect(endpoint["tags"] as? [String] == [])
        let finding = try #require((body["findings"] as? [[String: Any]])?.first)
        #expect(finding["code"] as? String == "missing-operation-id")
        #expect(finding["severity"] as? String == "medium")
        #expect(finding["method"] as? String == "GET")
        #expect(finding["path"] as? String == "/pets")
    }

    @Test func serverURLPathPrefixesTheOperationPath() async throws {
        let transport = RecordingTransport(.respond(status: 201, body: ScanFixtures.createdBody))
        var options = ScanFixtures.options()
        options.apiURL = "https://specc.example.com/tenant-a/"
        _ = try await ScanUploader(transport: transport).upload(options)
        let sent = try #require(transport.requests.first)
        #expect(sent.request.path == "/tenant-a/api/scans/ingest")
        #expect(sent.baseURL.absoluteString == "https://specc.example.com")
    }

    @Test func unauthorizedReportsCodeMessageAndHint() async throws {
        let refusal = try #require(
            await refusal(
                401, headers: [.wwwAuthenticate: "Bearer realm=\"specc\""],
                body: #"{"error":{"code":"unauthenticated","message":"the API key is unknown"}}"#))
        #expect(refusal == ServerRefusal(status: 401, code: "unauthenticated", message: "the API key is unknown"))
        #expect(
            refusal.description == """
                the server refused the scan: 401 Unauthorized [unauthenticated]: the API key is unknown
                check the key given by --api-key or SPECC_API_KEY: it may be mistyped, expired or revoked
                """)
    }

    @Test func forbiddenNamesTheScope() async throws {
        let refusal = try #require(
            await refusal(403, body: #"{"error":{"code":"forbidden","message":"the key lacks scans:write"}}"#))
        #expect(refusal.status == 403)
        #expect(refusal.code == "forbidden")
        #expect(refusal.description.hasSuffix("\nthe key needs the 'scans:write' scope"))
    }

    @Test func payloadTooLarge() async throws {
        let refusal = try #require(
            await refusal(413, body: #"{"error":{"code":"payload_too_large","message":"at most 8388608 bytes"}}"#))
        #expect(refusal.code == "payload_too_large")
        #expect(refusal.description.hasPrefix("the server refused the scan: 413 Content Too Large [payload_too_large]"))
    }

    @Test func badRequestListsEveryDetail() async throws {
        let body = """
            {"error":{"code":"invalid_request","message":"the body does not match the schema","details":[
              {"path":"/spec/hash","problem":"must be 64 hexadecimal digits"},
              {"path":"/endpoints/0/method","problem":"must be one of GET, PUT, POST"}]}}
            """
        let refusal = try #require(await refusal(400, body: body))
        #expect(
            refusal.details == [
                .init(path: "/spec/hash", problem: "must be 64 hexadecimal digits"),
                .init(path: "/endpoints/0/method", problem: "must be one of GET, PUT, POST"),
            ])
        #expect(
            refusal.description == """
                the server refused the scan: 400 Bad Request [invalid_request]: the body does not match the schema
                  /spec/hash: must be 64 hexadecimal digits
                  /endpoints/0/method: must be one of GET, PUT, POST
                """)
    }

    @Test func rateLimitedKeepsRetryAfter() async throws {
        let refusal = try #require(
            await refusal(
                429, headers: [.retryAfter: "30", HTTPField.Name("RateLimit")!: "\"default\";r=0;t=30"],
                body: #"{"error":{"code":"rate_limited","message":"too many requests"}}"#))
        #expect(refusal.retryAfter == 30)
        #expect(refusal.code == "rate_limited")
        #expect(refusal.description.hasSuffix("\nretry in 30 seconds"))
    }

    @Test func internalErrorIsAServerFailure() async throws {
        let refusal = try #require(
            await refusal(500, body: #"{"error":{"code":"internal","message":"something went wrong"}}"#))
        #expect(refusal == ServerRefusal(status: 500, code: "internal", message: "something went wrong"))
        #expect(refusal.description.hasSuffix("\nthe server failed; try again later, or see the server's log"))
    }

    /// A gateway's page is not the contract's error shape: the status and its first line are still reported.
    @Test func nonJSONErrorBodyKeepsTheStatus() async throws {
        let refusal = try #require(
            await refusal(502, body: "\n<html><body>502 Bad Gateway\u{1B}[31m</body></html>\n"))
        #expect(refusal.code == nil)
        #expect(refusal.message == "<html><body>502 Bad Gateway[31m</body></html>")
        #expect(refusal.description.hasPrefix("the server refused the scan: 502 Bad Gateway: <html>"))
    }

    @Test func refusedConnectionNamesTheURL() async throws {
        let error = await uploadError(.fail(URLError(.cannotConnectToHost)))
        #expect(
            error
                == .connectionFailed(
                    url: "http://127.0.0.1:8080", reason: "the connection was refused (is the server running?)"))
        #expect(error?.isUsageError == false)
        #expect(
            error?.description
                == "cannot reach the server at http://127.0.0.1:8080: the connection was refused (is the server running?)"
        )
    }

    @Test func anyTransportErrorIsAConnectionFailure() async throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "socket closed" } }
        let error = await uploadError(.fail(Broken()))
        #expect(error == .connectionFailed(url: "http://127.0.0.1:8080", reason: "socket closed"))
    }

    @Test func createdWithoutTheDocumentedBodyIsUnexpected() async throws {
        let error = await uploadError(.respond(status: 201, body: #"{"scanRunId":"run_1"}"#))
        guard case .unexpectedAnswer(let status, let reason) = error else {
            Issue.record("expected unexpectedAnswer, got \(String(describing: error))")
            return
        }
        #expect(status == 201)
        #expect(reason == "'serviceId' is missing")
        #expect(error?.isUsageError == false)
    }

    @Test func undocumentedSuccessStatusIsUnexpected() async throws {
        let error = await uploadError(.respond(status: 200, body: ScanFixtures.createdBody))
        #expect(error == .unexpectedAnswer(status: 200, reason: "expected 201 Created"))
    }

    /// The URL printed in errors carries no user name or password.
    @Test func credentialsInTheURLAreNotPrinted() async throws {
        var options = ScanFixtures.options()
        options.apiURL = "http://admin:hunter2@127.0.0.1:8080"
        do {
            _ = try await ScanUploader(transport: RecordingTransport(.fail(URLError(.timedOut)))).upload(options)
            Issue.record("expected an error")
        } catch {
            #expect(error == .connectionFailed(url: "http://127.0.0.1:8080", reason: "the request timed out"))
        }
    }
}
