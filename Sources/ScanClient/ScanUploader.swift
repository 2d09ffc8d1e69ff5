import Foundation
import OpenAPIRuntime
import OpenAPIURLSession
import SpeccAPI

/// Uploads scans: `prepare` checks the options and builds the payload from the document, `send` posts it to
/// `POST /api/scans/ingest` through the generated client and turns the answer into a `ScanReceipt` or a
/// `ScanError`.
public struct ScanUploader: Sendable {
    /// Where requests go: URLSession by default, an in-process fake in tests.
    let transport: any ClientTransport

    /// Creates an uploader sending through `transport`.
    public init(transport: any ClientTransport = URLSessionTransport()) {
        self.transport = transport
    }

    /// Prepares and sends in one step.
    public func upload(_ options: ScanOptions) async throws(ScanError) -> ScanReceipt {
        try await send(try prepare(options))
    }

    /// Posts the prepared payload with the key as `Authorization: Bearer`. Every outcome other than a stored
    /// scan is a `ScanError`: `connectionFailed` when no answer came, `serverRefused` for an error status,
    /// `unexpectedAnswer` for a success the contract does not describe.
    public func send(_ scan: PreparedScan) async throws(ScanError) -> ScanReceipt {
        let client = Client(
            serverURL: scan.serverURL, transport: transport, credentials: Credentials(bearerAuth: scan.apiKey),
            middlewares: [AnswerMiddleware()])
        let output: Operations.IngestScan.Output
        do {
            output = try await client.ingestScan(.init(body: .json(scan.payload.ingestionRequest)))
        } catch let refusal as ServerRefusal {
            throw .serverRefused(refusal)
        } catch let failure as TransportFailure {
            throw .connectionFailed(
                url: scan.displayURL, reason: ConnectionFailureReason.describe(failure.underlying))
        } catch is CancellationError {
            throw .connectionFailed(url: scan.displayURL, reason: "the upload was cancelled")
        } catch {
            // An answer came and was not an error status, so it was a 201 whose body did not decode (other
            // statuses are not decoded).
            throw .unexpectedAnswer(status: 201, reason: Self.describeBodyFailure(error))
        }
        switch output {
        case .created(let created):
            switch created.body {
            case .json(let result):
                return ScanReceipt(
                    scanRunId: result.scanRunId, serviceId: result.serviceId, jobId: result.jobId,
                    endpointCount: result.endpointCount, findingCount: result.findingCount,
                    resultURL: result.resultUrl)
            }
        case .undocumented(let status, _):
            throw .unexpectedAnswer(status: status, reason: "expected 201 Created")
        default:
            // Error statuses never get here: AnswerMiddleware turns them into ServerRefusal first.
            throw .unexpectedAnswer(status: nil, reason: "expected 201 Created")
        }
    }

    /// Why a 201 body could not be used, in a line: the member that is missing or wrong, or the error itself.
    static func describeBodyFailure(_ error: any Error) -> String {
        func at(_ path: [any CodingKey]) -> String {
            guard !path.isEmpty else { return "the body" }
            let names = path.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return "'" + names.joined(separator: ".") + "'"
        }
        let reason: String
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            reason = "\(at(context.codingPath + [key])) is missing"
        case DecodingError.valueNotFound(_, let context):
            reason = "\(at(context.codingPath)) is null or empty"
        case DecodingError.typeMismatch(_, let context), DecodingError.dataCorrupted(let context):
            reason = "\(at(context.codingPath)) is not as documented: \(context.debugDescription)"
        default:
            reason = String(describing: error)
        }
        return TerminalText.printable(reason)
    }
}
