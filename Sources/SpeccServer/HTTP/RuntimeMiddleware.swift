import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime
import SpeccAPI

/// Runs around every generated handler: body limit (413), authentication (401), scope (403), rate limit
/// (429), usage history, and the contract's error body for every refusal. Raw keys are never logged: log
/// lines carry the key id only.
struct RuntimeMiddleware: ServerMiddleware {
    let store: Store
    let limiter: RateLimiter
    let recorder: UsageRecorder
    let maxBodyBytes: Int
    let logger: Logger

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let started = ContinuousClock.now
        let policy = OperationPolicy.table[operationID]
        var caller: Caller?
        var rateHeader: String?
        var result: (HTTPResponse, HTTPBody?)
        do {
            guard let policy else {
                throw APIFailure.forbidden("the operation '\(operationID)' has no access policy")
            }
            if let length = request.headerFields[.contentLength].flatMap({ Int($0) }), length > maxBodyBytes {
                throw APIFailure.payloadTooLarge
            }
            let limitedBody = body.map { LimitedBody.wrap($0, maxBytes: maxBodyBytes) }
            if let permission = policy.permission {
                guard let raw = Self.credential(in: request), let found = try await store.authenticate(rawKey: raw) else {
                    throw APIFailure.unauthenticated
                }
                caller = found
                if !permission.isEmpty, !found.mayCall(permission) {
                    throw APIFailure.forbidden("the key lacks the scope '\(permission)'")
                }
                let decision = limiter.take(found.keyId ?? "application:" + found.organizationId)
                if limiter.limit > 0 {
                    rateHeader = "\"default\";r=\(decision.remaining);t=\(decision.resetSeconds)"
                }
                guard decision.allowed else {
                    throw APIFailure(
                        status: 429, code: "rate_limited",
                        message: "too many requests, retry in \(decision.resetSeconds) seconds",
                        headers: ["Retry-After": String(decision.resetSeconds), "RateLimit": rateHeader ?? ""])
                }
            }
            result = try await RequestScope.$caller.withValue(caller) {
                try await next(request, limitedBody, metadata)
            }
        } catch let failure as APIFailure {
            result = Self.response(failure)
        } catch is LimitedBody.TooLarge {
            result = Self.response(.payloadTooLarge)
        } catch {
            logger.error(
                "request failed", metadata: ["operation": "\(operationID)", "error": "\(Self.describe(error))"])
            result = Self.response(APIFailure(status: 500, code: "internal", message: "the server could not complete the request"))
        }
        if let rateHeader, result.0.headerFields[HTTPField.Name("RateLimit")!] == nil {
            result.0.headerFields[HTTPField.Name("RateLimit")!] = rateHeader
        }
        if let caller, let keyId = caller.keyId, let policy {
            let elapsed = ContinuousClock.now - started
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            recorder.record(
                UsageEntry(
                    keyId: keyId, endpoint: policy.template, method: policy.method, status: result.0.status.code,
                    durationMs: (milliseconds * 1000).rounded() / 1000, ip: RequestScope.clientAddress,
                    userAgent: request.headerFields[.userAgent].map { String($0.prefix(500)) },
                    occurredAt: Timestamp.text(store.now())))
        }
        if logger.logLevel <= .debug {
            let elapsed = ContinuousClock.now - started
            let microseconds = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
            // The key's id, never the key; the path template, never the path (ids in it are the caller's own
            // business, and templates group well).
            logger.debug(
                "request",
                metadata: [
                    "operation": "\(operationID)", "method": "\(request.method.rawValue)",
                    "route": "\(policy?.template ?? "")", "status": "\(result.0.status.code)",
                    "duration_ms": "\(Double(microseconds) / 1000)", "key": "\(caller.map { $0.keyId ?? "application" } ?? "none")",
                    "ip": "\(RequestScope.clientAddress ?? "")",
                ])
        }
        return result
    }

    /// The key from `Authorization: Bearer …` (scheme in any case) or else `appkey`, without surrounding spaces
    /// and tabs; nil when neither holds one.
    /// Works on the header value's UTF-8 bytes in place: splitting and trimming through Foundation took 5 % of
    /// the CPU of a `GET`, and going through `Substring` views still cost thousands of instructions.
    static func credential(in request: HTTPRequest) -> String? {
        if var authorization = request.headerFields[.authorization] {
            let token = authorization.withUTF8 { bytes -> String? in
                let scheme = "bearer".utf8
                guard bytes.count > scheme.count, bytes[scheme.count] == UInt8(ascii: " ") else { return nil }
                for (index, letter) in scheme.enumerated() where bytes[index] | 0x20 != letter { return nil }
                return trimmed(UnsafeBufferPointer(rebasing: bytes[(scheme.count + 1)...]))
            }
            if let token { return token }
        }
        if var key = request.headerFields[appKeyField] {
            return key.withUTF8 { trimmed($0) }
        }
        return nil
    }

    private static let appKeyField = HTTPField.Name("appkey")!

    /// `bytes` without leading and trailing spaces and tabs, or nil when nothing else is left.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var start = 0
        var end = bytes.count
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The contract's error body.
    static func response(_ failure: APIFailure) -> (HTTPResponse, HTTPBody?) {
        var response = HTTPResponse(status: .init(code: failure.status))
        response.headerFields[.contentType] = "application/json; charset=utf-8"
        for (name, value) in failure.headers.sorted(by: { $0.key < $1.key }) {
            if let field = HTTPField.Name(name) { response.headerFields[field] = value }
        }
        let body = Schemas.Error(
            error: Schemas.ErrorBody(
                code: failure.code, message: failure.message,
                details: failure.details.isEmpty ? nil : failure.details.map { Schemas.ErrorDetail(path: $0.path, problem: $0.problem) }))
        // The contract's own type through the generated writer; it cannot fail on strings.
        let bytes = (try? SpeccJSONWriter.encode(body)) ?? Array(#"{"error":{"code":"internal","message":"error"}}"#.utf8)
        return (response, HTTPBody(bytes))
    }

    /// An error for the log, without request contents.
    static func describe(_ error: any Error) -> String {
        if let storage = error as? StorageError { return storage.description }
        return String(describing: type(of: error)) + ": " + String(describing: error).prefix(300)
    }
}
