import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Plain words for why a request got no answer, from what the transport threw.
enum ConnectionFailureReason {
    /// The reason for `error`: URLSession's common failures in words, anything else as it describes itself.
    static func describe(_ error: any Error) -> String {
        if let error = error as? URLError {
            return describe(error)
        }
        let text = String(describing: error)
        return text.isEmpty ? "the request failed" : TerminalText.printable(text)
    }

    private static func describe(_ error: URLError) -> String {
        switch error.code {
        case .cannotConnectToHost: "the connection was refused (is the server running?)"
        case .timedOut: "the request timed out"
        case .cannotFindHost, .dnsLookupFailed: "the host name could not be resolved"
        case .networkConnectionLost: "the connection was closed before an answer came"
        case .notConnectedToInternet: "this machine is not connected to a network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            "the TLS connection failed (\(error.code.rawValue))"
        case .badServerResponse: "the server's answer is not HTTP"
        case .unsupportedURL, .badURL: "the URL is not supported"
        default: "URL error \(error.code.rawValue)"
        }
    }
}
