import SpecDiagnostics
import SpecNormalizer

/// Why `specc scan` did not upload a scan. Every case has a message fit to print; none contains the API key.
public enum ScanError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Neither `--api-key` nor `SPECC_API_KEY` gave a key.
    case missingAPIKey
    /// The server URL is not an absolute `http` or `https` URL with a host.
    case invalidAPIURL(String)
    /// The service name is empty or longer than the server accepts.
    case invalidServiceName(String)
    /// No file at the document path.
    case specNotFound(path: String)
    /// The document path names something that cannot be read as a file (a folder, no permission).
    case specUnreadable(path: String, reason: String)
    /// The document file is larger than `ScanOptions.maxDocumentBytes`.
    case specTooLarge(path: String, size: Int, limit: Int)
    /// The document cannot be read as OpenAPI: `findings` holds its first errors, `errorCount` how many there
    /// were in all.
    case invalidDocument(path: String, findings: [Diagnostic], errorCount: Int)
    /// The payload could not be built (`ScanPayload.make` refused it).
    case invalidPayload(String)
    /// No answer came from the server: it could not be reached, or the connection broke.
    case connectionFailed(url: String, reason: String)
    /// The server answered with an error status.
    case serverRefused(ServerRefusal)
    /// The server answered with a success status the contract does not document, or a body that does not
    /// match it.
    case unexpectedAnswer(status: Int?, reason: String)

    /// How many findings `invalidDocument` lists.
    public static let listedFindings = 10

    /// Whether the run failed because of how it was invoked or what it was given (exit code 2), rather than
    /// because of the server or the network (exit code 1).
    public var isUsageError: Bool {
        switch self {
        case .missingAPIKey, .invalidAPIURL, .invalidServiceName, .specNotFound, .specUnreadable, .specTooLarge,
            .invalidDocument, .invalidPayload:
            true
        case .connectionFailed, .serverRefused, .unexpectedAnswer:
            false
        }
    }

    /// The message; `invalidDocument` and `serverRefused` span several lines.
    public var description: String {
        switch self {
        case .missingAPIKey:
            return "no API key: pass --api-key or set \(ScanOptions.apiKeyVariable)"
        case .invalidAPIURL(let text):
            return "'\(text)' is not a server URL; expected an absolute http or https URL such as "
                + "'\(ScanOptions.defaultAPIURL)'"
        case .invalidServiceName(let reason):
            return reason
        case .specNotFound(let path):
            return "no spec file at '\(path)'"
        case .specUnreadable(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .specTooLarge(let path, let size, let limit):
            return "'\(path)' is \(size) bytes, over the \(limit / 1_048_576) MB limit for a scan "
                + "(\(limit) bytes)"
        case .invalidDocument(let path, let findings, let errorCount):
            var lines = ["'\(path)' is not a usable OpenAPI document (\(Self.count(errorCount, "error"))):"]
            lines += findings.map(\.formatted)
            if errorCount > findings.count {
                lines.append(
                    "… and \(Self.count(errorCount - findings.count, "more error")); "
                        + "'specc validate \(path)' lists them all")
            }
            return lines.joined(separator: "\n")
        case .invalidPayload(let reason):
            return "cannot build the scan payload: \(reason)"
        case .connectionFailed(let url, let reason):
            return "cannot reach the server at \(url): \(reason)"
        case .serverRefused(let refusal):
            return refusal.description
        case .unexpectedAnswer(let status, let reason):
            let prefix = status.map { "the server answered \($0), " } ?? "the server's answer "
            return prefix + "which specc cannot use: \(reason)"
        }
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
