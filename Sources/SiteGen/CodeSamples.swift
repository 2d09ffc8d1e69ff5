import Foundation
import SpecNormalizer

/// Code samples for an operation (plain text; the caller escapes them).
enum CodeSamples {
    struct Sample {
        var language: String
        var code: String
    }

    static func samples(for operation: NormalizedOperation, api: API, examples: ExampleBuilder) -> [Sample] {
        let server = api.servers.first?.url ?? "http://localhost"
        let path = operation.path
        let query = operation.parameters.filter { $0.location == "query" && $0.required }
            .map { "\($0.name)=..." }.joined(separator: "&")
        let url = server.trimmingSuffix("/") + path + (query.isEmpty ? "" : "?" + query)
        var curl = "curl -X \(operation.method.uppercased) '\(shellQuoted(url))'"
        var headers: [String] = []
        for requirement in operation.security.prefix(1) {
            for scheme in requirement.schemes {
                guard let found = api.securitySchemes.first(where: { $0.name == scheme.name }) else { continue }
                if found.type == "http", found.scheme?.lowercased() == "basic" {
                    headers.append("Authorization: Basic $CREDENTIALS")
                } else if found.type == "apiKey", found.location == "header", let name = found.parameterName {
                    headers.append("\(name): $API_KEY")
                } else if found.type == "http" || found.type == "oauth2" || found.type == "openIdConnect" {
                    headers.append("Authorization: Bearer $TOKEN")
                }
            }
        }
        for parameter in operation.parameters where parameter.location == "header" && parameter.required {
            headers.append("\(parameter.name): ...")
        }
        var body: String?
        if let media = operation.requestBody?.content.first {
            headers.append("Content-Type: \(media.mediaType)")
            if media.mediaType.contains("json"), let schema = media.schema {
                body = JSONText.pretty(examples.example(schema))
            }
        }
        for header in headers { curl += " \\\n  -H '\(shellQuoted(header))'" }
        if let body { curl += " \\\n  -d '\(shellQuoted(body))'" }
        return [Sample(language: "curl", code: curl)]
    }

    private static func shellQuoted(_ text: String) -> String {
        text.replacingOccurrences(of: "'", with: "'\\''")
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
