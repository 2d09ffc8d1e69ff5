import Foundation
import ScanClient
import TestSupport

/// Documents and options the scan tests share.
enum ScanFixtures {
    /// A valid document with two operations and no findings.
    static var petsDocument: String { TestPaths.fixtures + "/diff/operation-added/revision.yaml" }
    /// A valid document whose operation has no operationId: one warning, sent as a finding.
    static var missingOperationId: String { TestPaths.fixtures + "/invalid/missing-operation-id/openapi.yaml" }
    /// A Swagger 2.0 document: cannot be read as OpenAPI 3.
    static var swaggerDocument: String { TestPaths.fixtures + "/invalid/unsupported-version/openapi.yaml" }

    static let key = "specc_test0123456789abcdefghijklmnopqrstuv_abc123"

    static func options(spec: String = petsDocument, key: String? = ScanFixtures.key) -> ScanOptions {
        ScanOptions(service: "Pets", specPath: spec, apiKey: key, apiURL: "http://127.0.0.1:8080")
    }

    /// The 201 body of a stored scan.
    static let createdBody = """
        {"scanRunId":"run_1","serviceId":"svc_1","jobId":"job_1","endpointCount":2,"findingCount":0,
         "resultUrl":"http://127.0.0.1:8080/api/scans/run_1"}
        """

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specc-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
