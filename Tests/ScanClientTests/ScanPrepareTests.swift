import Foundation
import ScanClient
import SpecDiagnostics
import Testing

/// Everything checked before the network: options, the file, the document.
@Suite struct ScanPrepareTests {
    let uploader = ScanUploader(transport: RecordingTransport(.fail(CancellationError())))

    func prepareError(_ options: ScanOptions) -> ScanError? {
        do {
            let prepared = try uploader.prepare(options)
            Issue.record("expected an error, got a payload for \(prepared.displayURL)")
            return nil
        } catch {
            #expect(!error.description.contains(ScanFixtures.key))
            return error
        }
    }

    @Test(arguments: [nil, ""])
    func noKeyIsAUsageError(_ key: String?) {
        let error = prepareError(ScanFixtures.options(key: key))
        #expect(error == .missingAPIKey)
        #expect(error?.isUsageError == true)
        #expect(error?.description == "no API key: pass --api-key or set SPECC_API_KEY")
    }

    /// Nothing is sent when the options are wrong.
    @Test func noKeyMeansNoRequest() async {
        let transport = RecordingTransport(.respond(status: 201, body: ScanFixtures.createdBody))
        await #expect(throws: ScanError.missingAPIKey) {
            try await ScanUploader(transport: transport).upload(ScanFixtures.options(key: nil))
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func missingFile() {
        let path = ScanFixtures.petsDocument + ".missing"
        let error = prepareError(ScanFixtures.options(spec: path))
        #expect(error == .specNotFound(path: path))
        #expect(error?.isUsageError == true)
        #expect(error?.description == "no spec file at '\(path)'")
    }

    @Test func folderIsNotAFile() throws {
        let folder = try ScanFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = prepareError(ScanFixtures.options(spec: folder.path))
        #expect(error == .specUnreadable(path: folder.path, reason: "it is a folder, not a file"))
    }

    /// A file over 10 MB is refused from its size, before it is parsed (the bytes here are not even YAML).
    @Test func fileOverTenMegabytes() throws {
        let folder = try ScanFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(ScanOptions.maxDocumentBytes + 1))
        try handle.close()

        let error = prepareError(ScanFixtures.options(spec: path))
        #expect(error == .specTooLarge(path: path, size: 10_485_761, limit: 10_485_760))
        #expect(error?.isUsageError == true)
        #expect(
            error?.description == "'\(path)' is 10485761 bytes, over the 10 MB limit for a scan (10485760 bytes)")
    }

    @Test func invalidDocumentListsItsErrorsWithPositions() throws {
        let path = ScanFixtures.swaggerDocument
        let error = try #require(prepareError(ScanFixtures.options(spec: path)))
        guard case .invalidDocument(let reported, let findings, let count) = error else {
            Issue.record("expected invalidDocument, got \(error)")
            return
        }
        #expect(reported == path)
        #expect(count == 1)
        #expect(findings.map(\.id) == ["unsupported-version"])
        #expect(error.isUsageError)
        let lines = error.description.split(separator: "\n").map(String.init)
        #expect(lines.first == "'\(path)' is not a usable OpenAPI document (1 error):")
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("\(path):1:10: error[unsupported-version]: swagger 2.0") == true)
    }

    @Test func invalidDocumentShowsOnlyTheFirstErrors() {
        let findings = (1...12).map { line in
            Diagnostic(
                .error, "invalid-yaml", "bad",
                at: SourceRange(file: "a.yaml", at: SourcePosition(line: line, column: 1)))
        }
        let error = ScanError.invalidDocument(
            path: "a.yaml", findings: Array(findings.prefix(ScanError.listedFindings)), errorCount: 12)
        let lines = error.description.split(separator: "\n").map(String.init)
        #expect(lines.count == 12)
        #expect(lines[1] == "a.yaml:1:1: error[invalid-yaml]: bad")
        #expect(lines.last == "… and 2 more errors; 'specc validate a.yaml' lists them all")
    }

    /// Lint findings leave the document usable: they go into the payload.
    @Test func findingsDoNotStopTheScan() throws {
        let prepared = try uploader.prepare(ScanFixtures.options(spec: ScanFixtures.missingOperationId))
        #expect(prepared.payload.findings.map(\.code) == ["missing-operation-id"])
        #expect(prepared.payload.endpoints.map(\.path) == ["/pets"])
        #expect(prepared.warnings.isEmpty)
    }

    @Test(arguments: ["ftp://127.0.0.1/", "127.0.0.1:8080", "not a url", "http://", "file:///tmp/x"])
    func serverURLMustBeHTTP(_ url: String) {
        var options = ScanFixtures.options()
        options.apiURL = url
        let error = prepareError(options)
        #expect(error == .invalidAPIURL(url))
        #expect(error?.isUsageError == true)
    }

    @Test func serviceNameMustFit() {
        var options = ScanFixtures.options()
        options.service = ""
        #expect(prepareError(options) == .invalidServiceName("the service name is empty; expected 1 to 120 characters"))
        options.service = String(repeating: "s", count: 121)
        #expect(
            prepareError(options)
                == .invalidServiceName("the service name is 121 characters long; the server accepts at most 120"))
        options.service = String(repeating: "s", count: 120)
        #expect(throws: Never.self) { try uploader.prepare(options) }
    }

    @Test func plainHTTPToAnotherHostIsWarnedAbout() throws {
        var options = ScanFixtures.options()
        for url in ["http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080", "https://specc.example.com"]
        {
            options.apiURL = url
            #expect(try uploader.prepare(options).warnings == [], "\(url)")
        }
        options.apiURL = "http://specc.example.com"
        #expect(
            try uploader.prepare(options).warnings == [
                "the API key is sent unencrypted to 'specc.example.com' over plain HTTP; use an https URL"
            ])
    }

    @Test func flagsWinOverTheEnvironmentAndTheEnvironmentOverTheDefault() {
        let environment = ["SPECC_API_KEY": "from-env", "SPECC_API_URL": "https://env.example.com"]
        let flags = ScanOptions.resolved(
            service: "Pets", specPath: "a.yaml", apiKey: "from-flag", apiURL: "https://flag.example.com",
            environment: environment)
        #expect(flags.apiKey == "from-flag")
        #expect(flags.apiURL == "https://flag.example.com")

        let fromEnvironment = ScanOptions.resolved(
            service: "Pets", specPath: "a.yaml", apiKey: nil, apiURL: nil, environment: environment)
        #expect(fromEnvironment.apiKey == "from-env")
        #expect(fromEnvironment.apiURL == "https://env.example.com")

        let defaults = ScanOptions.resolved(
            service: "Pets", specPath: "a.yaml", apiKey: "", apiURL: nil,
            environment: ["SPECC_API_KEY": "", "SPECC_API_URL": ""])
        #expect(defaults.apiKey == nil)
        #expect(defaults.apiURL == "http://127.0.0.1:8080")
    }
}
