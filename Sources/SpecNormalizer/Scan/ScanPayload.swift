import Foundation
import SpecDiagnostics

/// The body of `POST /api/scans/ingest`: a service name, the document's identity, its endpoints and findings.
///
/// Build it with `ScanPayload.make(api:findings:serviceName:hash:)`, which applies the server's field limits
/// (`ScanLimits`). Only operations under `paths` are endpoints: webhooks are requests the API sends, not
/// routes it serves, so they are left out (see `docs/scan-payload.md`).
public struct ScanPayload: Sendable, Hashable, Codable {
    /// The service the scan belongs to.
    public struct Service: Sendable, Hashable, Codable {
        /// Service name, 1 to 120 characters.
        public var name: String

        /// Creates a service.
        public init(name: String) { self.name = name }
    }

    /// The document scanned.
    public struct Spec: Sendable, Hashable, Codable {
        /// `CanonicalHasher` hash: 64 lower-case hexadecimal digits.
        public var hash: String
        /// Always `openapi`.
        public var format: String
        /// The `openapi` field as written (`3.1.0`); omitted when the document has none.
        public var version: String?
        /// `info.title`; omitted when the document has none.
        public var title: String?

        /// Creates a spec description.
        public init(hash: String, format: String = "openapi", version: String? = nil, title: String? = nil) {
            self.hash = hash
            self.format = format
            self.version = version
            self.title = title
        }
    }

    /// One operation.
    public struct Endpoint: Sendable, Hashable, Codable {
        /// Upper-case method: `GET`, `PUT`, `POST`, `DELETE`, `OPTIONS`, `HEAD`, `PATCH` or `TRACE`.
        public var method: String
        /// Path template.
        public var path: String
        /// `operationId`, sent as `null` when absent.
        public var operationId: String?
        /// Tags.
        public var tags: [String]
        /// Summary, sent as `null` when absent.
        public var summary: String?

        /// Creates an endpoint.
        public init(method: String, path: String, operationId: String?, tags: [String], summary: String?) {
            self.method = method
            self.path = path
            self.operationId = operationId
            self.tags = tags
            self.summary = summary
        }

        /// Encodes every field, absent ones as `null` (the server requires the keys).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(method, forKey: .method)
            try container.encode(path, forKey: .path)
            try container.encode(operationId, forKey: .operationId)
            try container.encode(tags, forKey: .tags)
            try container.encode(summary, forKey: .summary)
        }
    }

    /// One finding.
    public struct Finding: Sendable, Hashable, Codable {
        /// The diagnostic id (`missing-operation-id`).
        public var code: String
        /// The server's severity: ours mapped by `ScanSeverity.init(_:)`.
        public var severity: ScanSeverity
        /// The message.
        public var message: String
        /// Upper-case method of the operation concerned, sent as `null` when none.
        public var method: String?
        /// Path of the operation concerned, sent as `null` when none.
        public var path: String?

        /// Creates a finding.
        public init(code: String, severity: ScanSeverity, message: String, method: String?, path: String?) {
            self.code = code
            self.severity = severity
            self.message = message
            self.method = method
            self.path = path
        }

        /// Encodes every field, absent ones as `null` (the server requires the keys).
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(severity, forKey: .severity)
            try container.encode(message, forKey: .message)
            try container.encode(method, forKey: .method)
            try container.encode(path, forKey: .path)
        }
    }

    /// The service.
    public var service: Service
    /// The document.
    public var spec: Spec
    /// Endpoints, sorted by path then method; at most 2,000.
    public var endpoints: [Endpoint]
    /// Findings, errors first; at most 500.
    public var findings: [Finding]

    /// Creates a payload as given; `make` is the constructor that applies the limits.
    public init(service: Service, spec: Spec, endpoints: [Endpoint], findings: [Finding]) {
        self.service = service
        self.spec = spec
        self.endpoints = endpoints
        self.findings = findings
    }

    /// The request body: JSON with sorted keys and unescaped slashes, so equal payloads give equal bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// The severities the server accepts.
public enum ScanSeverity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Worth knowing (our `info`).
    case info
    /// Not used by specc.
    case low
    /// Likely a mistake (our `warning`).
    case medium
    /// The document is wrong (our `error`).
    case high
    /// Not used by specc.
    case critical

    /// Maps our severities: `error` → `high`, `warning` → `medium`, `info` → `info`. `low` and `critical`
    /// are not used: an error is serious but a scan finding is never an outage.
    public init(_ severity: Severity) {
        switch severity {
        case .error: self = .high
        case .warning: self = .medium
        case .info: self = .info
        }
    }
}
