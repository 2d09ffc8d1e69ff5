import SpecNormalizer
import StubGen

extension CodeSamples {
    /// Swift through the client `specc generate` makes (names from `StubNaming`, so the call matches the
    /// generated code): the same parameters, credentials and body as the other samples. A value the generated
    /// types cannot take as a literal is left as `…` with its type in a comment.
    static func swift(
        _ operation: NormalizedOperation, naming: StubNaming.Operation, stubs: StubNaming, api: API,
        examples: ExampleBuilder
    ) -> String {
        let server = api.servers.first?.url ?? "http://localhost"
        var code = "let client = Client(\n"
        if server.contains("{"), let helper = StubNaming.serverHelper(api, at: 0) {
            // A URL template is not a URL: the generated helper fills in its variables' defaults.
            code += "    serverURL: try Client.\(helper)(),  // \(server)\n"
        } else {
            code += "    serverURL: URL(string: \(StubNaming.stringLiteral(server)))!,\n"
        }
        code += "    transport: URLSessionTransport()"
        let credentials = credentialArguments(operation, stubs: stubs)
        if !credentials.isEmpty { code += ",\n    credentials: .init(\(credentials.joined(separator: ", ")))" }
        code += "\n)\n"

        var arguments: [String] = []
        for (label, location, parameters) in [
            ("path", "path", naming.path), ("query", "query", naming.query), ("headers", "header", naming.headers),
            ("cookies", "cookie", naming.cookies),
        ] {
            let values = parameters.filter(\.required).map { parameter in
                let source = operation.parameters.first { $0.location == location && $0.name == parameter.name }
                let schema = source?.schema ?? source?.content.first?.schema
                let type = parameter.isList ? "[\(parameter.type)]" : parameter.type
                let value = schema.flatMap { stubs.literal(examples.example($0), type: type) } ?? placeholder(type)
                return "\(parameter.argumentLabel): \(value)"
            }
            if !values.isEmpty { arguments.append("\(label): .init(\(values.joined(separator: ", ")))") }
        }
        if let body = naming.body, let content = body.contents.first {
            let media = operation.requestBody?.content.first { $0.mediaType.lowercased() == content.mediaType }
            let value: String? =
                switch content.kind {
                case .json: media?.schema.flatMap { stubs.literal(examples.example($0), type: content.type) }
                case .text:
                    media?.schema.flatMap { stubs.literal(examples.example($0), type: "Swift.String") } ?? "\"…\""
                case .binary: "HTTPBody(Data(contentsOf: URL(fileURLWithPath: \"upload.bin\")))"
                }
            arguments.append("body: .\(content.caseName)(\(value ?? placeholder(content.type)))")
        }
        let input =
            arguments.isEmpty ? ".init()" : ".init(\n" + arguments.map { "    " + $0 }.joined(separator: ",\n") + "\n)"
        return code + "let output = try await client.\(naming.methodName)(\(input))"
    }

    /// `Credentials` arguments for the operation's first security alternative.
    private static func credentialArguments(_ operation: NormalizedOperation, stubs: StubNaming) -> [String] {
        guard let requirement = operation.security.first else { return [] }
        return requirement.schemes.compactMap { scheme in
            guard let credential = stubs.credentials.first(where: { $0.schemeName == scheme.name }) else { return nil }
            let value = credential.isBasic ? ".init(username: \"…\", password: \"…\")" : "\"…\""
            return "\(credential.argumentLabel): \(value)"
        }
    }

    private static func placeholder(_ type: String) -> String {
        "… /* \(type) */"
    }
}
