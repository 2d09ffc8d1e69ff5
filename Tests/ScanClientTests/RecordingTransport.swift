import Foundation
import HTTPTypes
import OpenAPIRuntime
import Synchronization

/// An in-process `ClientTransport`: records every request with its body and answers with a canned response,
/// or throws.
final class RecordingTransport: ClientTransport {
    /// One request as the server would receive it.
    struct Recorded: Sendable {
        var request: HTTPRequest
        var baseURL: URL
        var body: Data
    }

    /// What the fake server does.
    enum Answer: Sendable {
        case respond(status: Int, headers: HTTPFields = [:], body: String)
        case fail(any Error)
    }

    private let answer: Answer
    private let log = Mutex<[Recorded]>([])

    init(_ answer: Answer) {
        self.answer = answer
    }

    /// The requests sent so far.
    var requests: [Recorded] { log.withLock { $0 } }

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var data = Data()
        if let body {
            for try await chunk in body { data.append(contentsOf: chunk) }
        }
        log.withLock { $0.append(Recorded(request: request, baseURL: baseURL, body: data)) }
        switch answer {
        case .respond(let status, let headers, let body):
            var fields = headers
            fields[.contentType] = "application/json"
            return (HTTPResponse(status: .init(code: status), headerFields: fields), HTTPBody(body))
        case .fail(let error):
            throw error
        }
    }
}
