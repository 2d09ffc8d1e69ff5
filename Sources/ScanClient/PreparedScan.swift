import Foundation
import SpecNormalizer

/// A scan ready to upload: the checked server URL and key, and the payload built from the document.
public struct PreparedScan: Sendable {
    /// The server's base URL.
    public var serverURL: URL
    /// The API key (never printed).
    var apiKey: String
    /// The payload, within the server's limits.
    public var payload: ScanPayload
    /// Things worth a warning that do not stop the upload: fields `ScanPayload.make` cut, a key about to
    /// travel unencrypted. In payload order, then the transport warning.
    public var warnings: [String]

    /// The server URL as printed: without a user name or password in it.
    public var displayURL: String { Self.display(serverURL) }

    /// `url` without its user and password (the scheme, host, port and path stay).
    static func display(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return url.absoluteString
        }
        components.user = nil
        components.password = nil
        return TerminalText.printable(components.string ?? url.absoluteString)
    }
}
