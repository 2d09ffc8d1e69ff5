/// What the server stored: the new scan run, its service, the comparison job it queued, and the counts.
public struct ScanReceipt: Hashable, Sendable {
    /// Id of the new scan run.
    public var scanRunId: String
    /// Id of the service it belongs to (created on its first scan).
    public var serviceId: String
    /// Id of the `scan_comparison` job; poll `GET /api/jobs/{jobId}` for the comparison with the previous run.
    public var jobId: String
    /// Endpoints the server stored.
    public var endpointCount: Int
    /// Findings the server stored.
    public var findingCount: Int
    /// Absolute URL of the scan run.
    public var resultURL: String

    /// Creates a receipt.
    public init(
        scanRunId: String, serviceId: String, jobId: String, endpointCount: Int, findingCount: Int, resultURL: String
    ) {
        self.scanRunId = scanRunId
        self.serviceId = serviceId
        self.jobId = jobId
        self.endpointCount = endpointCount
        self.findingCount = findingCount
        self.resultURL = resultURL
    }

    /// What `specc scan` prints on standard output, one `name: value` line each, in a fixed order so scripts
    /// can read them.
    public var lines: [String] {
        [
            "scan run: \(scanRunId)",
            "service: \(serviceId)",
            "endpoints: \(endpointCount)",
            "findings: \(findingCount)",
            "job: \(jobId)",
            "result: \(resultURL)",
        ].map(TerminalText.printable)
    }
}
