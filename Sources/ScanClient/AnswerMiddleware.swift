import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Sits between the generated client and the transport and sorts what comes back into the three outcomes
/// `ScanUploader` reports differently: no answer (`TransportFailure`), an error answer (`ServerRefusal`),
/// and a success answer, which goes on to the generated client to decode.
///
/// Error answers are read here rather than from the generated client's typed outputs so that every status
/// is read the same way, documented or not (a 500, a gateway's 502 page), and a body that does not match
/// the contract still yields the status instead of a decoding error.
struct AnswerMiddleware: ClientMiddleware {
    /// Most bytes of an error body read; the rest is dropped.
    static let maxErrorBodyBytes = 64 * 1024

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let response: HTTPResponse
        let responseBody: HTTPBody?
        do {
            (response, responseBody) = try await next(request, body, baseURL)
        } catch let error as CancellationError {
            throw error
        } catch {
            throw TransportFailure(underlying: error)
        }
        guard response.status.kind != .successful else { return (response, responseBody) }
        let data: Data
        do {
            data = try await Self.prefix(of: responseBody, maxBytes: Self.maxErrorBodyBytes)
        } catch {
            // The status is the refusal; a body cut off on the way only loses its explanation.
            data = Data()
        }
        throw ServerRefusal(
            status: response.status.code, retryAfter: response.headerFields[.retryAfter], body: data)
    }

    /// The first `maxBytes` bytes of `body`.
    static func prefix(of body: HTTPBody?, maxBytes: Int) async throws -> Data {
        guard let body else { return Data() }
        var data = Data()
        for try await chunk in body {
            data.append(contentsOf: chunk.prefix(maxBytes - data.count))
            if data.count >= maxBytes { break }
        }
        return data
    }
}

/// The transport threw: no answer came from the server.
struct TransportFailure: Error {
    /// What the transport threw.
    var underlying: any Error
}
