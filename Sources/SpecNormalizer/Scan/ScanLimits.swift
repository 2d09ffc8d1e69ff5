/// The field limits of the scan ingestion endpoint (`POST /api/scans/ingest`), as its reference documents.
///
/// Lengths count UTF-16 code units, as the server's JavaScript validation does (`string.length`); a string
/// that fits in UTF-16 units fits in characters too, so the count is safe whichever way the server counts.
public enum ScanLimits {
    /// `service.name`: 1 to 120.
    public static let serviceName = 120
    /// `spec.hash`: exactly 64.
    public static let hash = 64
    /// `spec.version`.
    public static let version = 80
    /// `spec.title`.
    public static let title = 200
    /// Number of endpoints.
    public static let endpoints = 2_000
    /// `endpoints[].path` and `findings[].path`.
    public static let path = 1_000
    /// `endpoints[].operationId`.
    public static let operationId = 200
    /// Number of tags per endpoint.
    public static let tags = 20
    /// Length of one tag. The server states none; we keep tags to 120, the limit it uses for names.
    public static let tag = 120
    /// `endpoints[].summary`.
    public static let summary = 300
    /// Number of findings.
    public static let findings = 500
    /// `findings[].code`.
    public static let code = 120
    /// `findings[].message`.
    public static let message = 500
    /// The methods the server accepts.
    public static let methods: Set<String> = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]

    /// `text` cut to at most `limit` UTF-16 units, ending in `…` (counted inside the limit), on a character
    /// boundary; nil when it already fits.
    public static func truncated(_ text: String, limit: Int) -> String? {
        guard text.utf16.count > limit else { return nil }
        guard limit > 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let size = character.utf16.count
            if used + size > limit - 1 { break }
            result.append(character)
            used += size
        }
        return result + "…"
    }
}

/// Something `ScanPayload.make` had to cut so the server would accept the payload.
public struct ScanTruncation: Sendable, Hashable, CustomStringConvertible {
    /// What was cut.
    public enum Kind: Sendable, Hashable {
        /// A string of `length` UTF-16 units was cut to `limit`.
        case shortened(length: Int, limit: Int)
        /// A list of `count` items was cut to its first `limit`.
        case itemsDropped(count: Int, limit: Int)
        /// An endpoint whose method the server does not accept was left out.
        case unsupportedMethod
    }

    /// The field, as a path into the payload: `spec.title`, `endpoints`, `endpoints[GET /pets].summary`,
    /// `findings[3].message`.
    public var field: String
    /// What was cut.
    public var kind: Kind

    /// Creates a record.
    public init(field: String, kind: Kind) {
        self.field = field
        self.kind = kind
    }

    /// A line for the CLI to print as a warning.
    public var description: String {
        switch kind {
        case .shortened(let length, let limit):
            "'\(field)' is \(length) characters long; cut to \(limit)"
        case .itemsDropped(let count, let limit):
            "'\(field)' has \(count) items; only the first \(limit) are sent"
        case .unsupportedMethod:
            "'\(field)' is not sent: the server accepts only GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH and TRACE"
        }
    }
}
