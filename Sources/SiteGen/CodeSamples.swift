import Foundation
import SpecNormalizer
import StubGen

/// Code samples for an operation (plain text; the caller escapes them): curl, Python (`requests`) and
/// JavaScript (`fetch`), all built from one `SampleRequest` so they send the same request, and Swift through
/// the client `specc generate` makes.
enum CodeSamples {
    struct Sample {
        var language: String
        var code: String
    }

    /// A header value: literal text, optionally followed by a credential read from the environment.
    struct HeaderValue {
        var text: String
        var credential: String?
    }

    /// What every sample sends: one example request.
    struct SampleRequest {
        var method: String
        /// Server and path with path parameters filled in, without the query.
        var url: String
        /// Query parameters with example values (text).
        var query: [(name: String, value: String)]
        var headers: [(name: String, value: HeaderValue)]
        /// The JSON body, when the first request media type is JSON.
        var body: JSONValue?
    }

    /// The samples of `api.operations[index]`; `stubs` names the generated client of `api`.
    static func samples(for index: Int, api: API, examples: ExampleBuilder, stubs: StubNaming) -> [Sample] {
        let operation = api.operations[index]
        let request = request(for: operation, api: api, examples: examples)
        var samples = [
            Sample(language: "curl", code: curl(request)),
            Sample(language: "Python", code: python(request)),
            Sample(language: "JavaScript", code: javaScript(request)),
        ]
        if stubs.operations.indices.contains(index) {
            let naming = stubs.operations[index]
            samples.append(
                Sample(language: "Swift", code: swift(operation, naming: naming, stubs: stubs, api: api, examples: examples)))
        }
        return samples
    }

    /// The example request: required query and header parameters, every path parameter, the first security
    /// requirement's credentials and a JSON body made from the schema's example.
    static func request(for operation: NormalizedOperation, api: API, examples: ExampleBuilder) -> SampleRequest {
        let server = api.servers.first?.urlWithDefaults ?? "http://localhost"
        func value(_ parameter: NormalizedParameter) -> String {
            guard let schema = parameter.schema ?? parameter.content.first?.schema else { return "value" }
            switch examples.example(schema) {
            case .string(let text): return text
            case .null: return "value"
            case let other: return JSONText.compact(other)
            }
        }
        var path = operation.path
        for parameter in operation.parameters where parameter.location == "path" {
            let encoded = value(parameter).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"]))
            path = path.replacingOccurrences(of: "{\(parameter.name)}", with: encoded ?? "value")
        }
        var query = operation.parameters.filter { $0.location == "query" && $0.required }.map { ($0.name, value($0)) }
        var headers: [(String, HeaderValue)] = []
        for requirement in operation.security.prefix(1) {
            for scheme in requirement.schemes {
                guard let found = api.securitySchemes.first(where: { $0.name == scheme.name }) else { continue }
                if found.type == "http", found.scheme?.lowercased() == "basic" {
                    headers.append(("Authorization", HeaderValue(text: "Basic ", credential: "CREDENTIALS")))
                } else if found.type == "apiKey", let name = found.parameterName {
                    if found.location == "header" {
                        headers.append((name, HeaderValue(text: "", credential: "API_KEY")))
                    } else if found.location == "query" {
                        query.append((name, "$API_KEY"))
                    }
                } else if found.type == "http" || found.type == "oauth2" || found.type == "openIdConnect" {
                    headers.append(("Authorization", HeaderValue(text: "Bearer ", credential: "TOKEN")))
                }
            }
        }
        for parameter in operation.parameters where parameter.location == "header" && parameter.required {
            headers.append((parameter.name, HeaderValue(text: value(parameter), credential: nil)))
        }
        var body: JSONValue?
        if let media = operation.requestBody?.content.first {
            headers.append(("Content-Type", HeaderValue(text: media.mediaType, credential: nil)))
            if media.mediaType.contains("json"), let schema = media.schema { body = examples.example(schema) }
        }
        let base = server.hasSuffix("/") ? String(server.dropLast()) : server
        return SampleRequest(
            method: operation.method.uppercased, url: base + path,
            query: query.map { (name: $0.0, value: $0.1) }, headers: headers.map { (name: $0.0, value: $0.1) },
            body: body)
    }

    /// `name=value&...`, percent-encoded.
    static func queryString(_ query: [(name: String, value: String)]) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+#")
        // `$API_KEY` stays readable: it is a placeholder the reader replaces.
        let encode = { (text: String) in text == "$API_KEY" ? text : (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text) }
        return query.map { encode($0.name) + "=" + encode($0.value) }.joined(separator: "&")
    }
}
