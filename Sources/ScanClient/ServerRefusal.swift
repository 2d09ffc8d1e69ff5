import Foundation

/// An error answer from the server: its status, and the `{"error": {"code", "message", "details"}}` body
/// the contract gives every failure, when the body has that shape.
public struct ServerRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// One field the server found wrong.
    public struct Detail: Hashable, Sendable {
        /// Where: a JSON Pointer into the body (`/spec/hash`) or a parameter name.
        public var path: String
        /// What was expected there.
        public var problem: String

        /// Creates a detail.
        public init(path: String, problem: String) {
            self.path = path
            self.problem = problem
        }
    }

    /// The HTTP status code.
    public var status: Int
    /// The error code (`unauthenticated`, `rate_limited`); nil when the body is not the contract's error
    /// shape (a proxy's HTML page, an empty body).
    public var code: String?
    /// The server's explanation; for a body without the error shape, its first line when it is text.
    public var message: String?
    /// The fields `invalid_request` names; empty otherwise.
    public var details: [Detail]
    /// Seconds to wait before trying again (`Retry-After`), when the server said.
    public var retryAfter: Int?

    /// Creates a refusal.
    public init(status: Int, code: String?, message: String?, details: [Detail] = [], retryAfter: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.retryAfter = retryAfter
    }

    /// Reads an error answer. Lenient on purpose: whatever the body holds, the status alone still makes a
    /// refusal, so a gateway's HTML 502 is reported as clearly as the server's own 429.
    public init(status: Int, retryAfter: String?, body: Data) {
        self.status = status
        self.retryAfter = retryAfter.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap {
            $0 >= 0 ? $0 : nil
        }
        if let answer = try? JSONDecoder().decode(Answer.self, from: body) {
            code = answer.error.code.map(TerminalText.printable)
            message = answer.error.message.map(TerminalText.printable)
            details = (answer.error.details ?? []).map {
                Detail(
                    path: TerminalText.printable($0.path ?? ""),
                    problem: TerminalText.printable($0.problem ?? ""))
            }
        } else {
            code = nil
            message = Self.firstLine(of: body)
            details = []
        }
    }

    /// `specc scan` printed it: the status with its reason, the code and message, one line per detail, then
    /// what to do about it.
    public var description: String {
        var head = "the server refused the scan: \(status)"
        if let reason = Self.reasons[status] { head += " \(reason)" }
        if let code { head += " [\(code)]" }
        if let message, !message.isEmpty { head += ": \(message)" }
        var lines = [head]
        for detail in details {
            lines.append("  \(detail.path.isEmpty ? "(body)" : detail.path): \(detail.problem)")
        }
        if let hint { lines.append(hint) }
        return lines.joined(separator: "\n")
    }

    /// What the user can do, by status.
    var hint: String? {
        switch status {
        case 401:
            "check the key given by --api-key or \(ScanOptions.apiKeyVariable): it may be mistyped, expired or revoked"
        case 403: "the key needs the 'scans:write' scope"
        case 413: "the payload is larger than the server accepts (its --max-body-bytes)"
        case 429: retryAfter.map { "retry in \($0) seconds" } ?? "retry later"
        case 500...599: "the server failed; try again later, or see the server's log"
        default: nil
        }
    }

    /// Reason phrases for the statuses the scan endpoint answers.
    static let reasons: [Int: String] = [
        400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
        409: "Conflict", 413: "Content Too Large", 415: "Unsupported Media Type", 422: "Unprocessable Content",
        429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
        504: "Gateway Timeout",
    ]

    /// The first non-empty line of a text body, at most 200 characters; nil for binary or empty bodies.
    static func firstLine(of body: Data) -> String? {
        guard let text = String(data: body, encoding: .utf8) else { return nil }
        let line = text.split(whereSeparator: \.isNewline).lazy.map {
            $0.trimmingCharacters(in: .whitespaces)
        }.first { !$0.isEmpty }
        guard let line else { return nil }
        let shown = TerminalText.printable(line)
        return shown.count > 200 ? String(shown.prefix(199)) + "…" : shown
    }

    /// The contract's error body, every member optional so any JSON object decodes.
    private struct Answer: Decodable {
        struct Body: Decodable {
            var code: String?
            var message: String?
            var details: [Entry]?
        }
        struct Entry: Decodable {
            var path: String?
            var problem: String?
        }
        var error: Body
    }
}
