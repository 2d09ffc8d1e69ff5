import Foundation
import HTTPTypes
import OpenAPIRuntime
import TourStubs

/// The generated tour client wired to the generated tour server through an `InProcessTransport`, under the
/// document's server URL (so every path carries the `/v1` prefix).
struct TourHarness {
    static let serverURL = URL(string: "https://api.example.com/v1")!

    /// Every credential the document's security schemes take.
    static let allCredentials = Credentials(
        basicAuth: BasicCredentials(username: "ann", password: "s3cret"), bearerAuth: "token-1", cookieKey: "key-c",
        headerKey: "key-h", queryKey: "key q")

    let transport = InProcessTransport()
    let recorder = Recorder()
    let client: Client

    init(credentials: Credentials = TourHarness.allCredentials) throws {
        try TourService(recorder: recorder).registerHandlers(
            on: transport, serverURL: Self.serverURL, middlewares: [RequestLog(recorder: recorder)])
        client = Client(serverURL: Self.serverURL, transport: transport, credentials: credentials)
    }

    /// The last request the server side received for `operationID`.
    func request(_ operationID: String) -> HTTPRequest? {
        recorder.last("request." + operationID, as: HTTPRequest.self)
    }

    /// The last typed value the server recorded under `key`.
    func received<T>(_ key: String, as type: T.Type = T.self) -> T? {
        recorder.last(key, as: type)
    }
}
