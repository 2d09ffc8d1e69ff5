import TemplateEngine

/// The view of one operation for `operation.mustache`, `client-operations.mustache` and
/// `server-operations.mustache`.
struct OperationView: TemplateObject {
    let decl: OperationDecl
    let namespace: String
    let last: Bool
    /// Whether a deprecated operation is marked `@available(*, deprecated)` (client methods only; the
    /// types and the server's registration would otherwise warn inside generated code).
    var marksDeprecation = false

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "typeName": .text(decl.typeName)
        case "methodName": .text(decl.methodName)
        case "namespace": .text(namespace)
        case "operationIdLiteral": .text(SwiftLiteral.string(decl.operationId))
        case "doc": TypeDeclView.doc(decl.doc + (decl.deprecated && !marksDeprecation ? ["", "- Deprecated."] : []))
        case "deprecated": .flag(decl.deprecated && marksDeprecation)
        case "responseBodyBinding":
            .text(decl.responses.contains { !$0.contents.isEmpty } || !decl.responses.contains { $0.status == nil && $0.range == nil } ? "responseBody" : "_")
        case "nested": .list(decl.nested.map { .object(TypeDeclView(decl: $0)) })
        case "parameterGroups": .list(groups.map { .object(ParameterGroupView(group: $0)) })
        case "queryParameters": Self.parameters(decl.queryParameters)
        case "headerParameters": Self.parameters(decl.headerParameters)
        case "cookieParameters": Self.parameters(decl.cookieParameters)
        case "hasQuery": .flag(!decl.queryParameters.isEmpty)
        case "body": decl.body.map { .object(BodyView(body: $0)) } ?? .flag(false)
        case "inputParameters": .list(inputParameters)
        case "inputArguments": .list(inputArguments.map { .text($0) })
        case "responses": .list(orderedResponses.map { .object(ResponseView(response: $0)) })
        case "hasDefaultResponse": .flag(decl.responses.contains { $0.status == nil && $0.range == nil })
        case "securityLiteral":
            .text("[" + decl.security.map { "[" + $0.map(SwiftLiteral.string).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]")
        case "accept": .flag(!acceptTypes.isEmpty)
        case "acceptLiteral": .text(SwiftLiteral.string(acceptTypes.joined(separator: ", ")))
        case "methodExpression": .text(decl.methodExpression)
        case "pathExpression": .text(decl.pathExpression)
        case "pathLiteral": .text(SwiftLiteral.string(decl.path))
        case "errorShape": .text(decl.errorShape)
        case "last": .flag(last)
        default: nil
        }
    }

    static func parameters(_ parameters: [ParameterDecl]) -> TemplateValue {
        .list(parameters.enumerated().map { .object(ParameterDeclView(parameter: $1, last: $0 == parameters.count - 1)) })
    }

    /// Parameter structs in `Input`: name, property, parameters.
    private var groups: [(title: String, typeName: String, property: String, parameters: [ParameterDecl])] {
        [
            ("Path parameters.", "Path", "path", decl.pathParameters),
            ("Query parameters.", "Query", "query", decl.queryParameters),
            ("Header parameters.", "Headers", "headers", decl.headerParameters),
            ("Cookie parameters.", "Cookies", "cookies", decl.cookieParameters),
        ].filter { !$0.3.isEmpty }
    }

    private var inputParameters: [TemplateValue] {
        var entries: [(name: String, type: String, defaultValue: String?)] = groups.map { group in
            (name: group.property, type: group.typeName, defaultValue: group.parameters.allSatisfy { !$0.required } ? ".init()" : nil)
        }
        if let body = decl.body {
            entries.append((name: "body", type: body.required ? "Body" : "Body?", defaultValue: body.required ? nil : "nil"))
        }
        return entries.enumerated().map { index, entry in
            .object(ParameterView(parameter: entry, last: index == entries.count - 1))
        }
    }

    /// Arguments of `Input(...)` in the generated server, decoding each part of the request.
    private var inputArguments: [String] {
        var arguments: [String] = []
        for group in groups {
            let values = group.parameters.map { parameter -> String in
                let literal = SwiftLiteral.string(parameter.name)
                let unwrap = parameter.required ? "!" : ""
                let required = parameter.required ? "true" : "false"
                let label = SwiftName.argumentLabel(parameter.swiftName)
                switch group.property {
                case "path":
                    return "\(label): try SpeccParameters.path(\(parameter.type).self, \(literal), in: metadata)"
                case "query":
                    if parameter.isList {
                        return "\(label): try query.values(\(parameter.type).self, \(literal), explode: \(parameter.explode), required: \(required))\(unwrap)"
                    }
                    return "\(label): try query.value(\(parameter.type).self, \(literal), required: \(required))\(unwrap)"
                case "headers":
                    let reader = parameter.isList ? "headers" : "header"
                    return "\(label): try SpeccParameters.\(reader)(\(parameter.type).self, \(literal), in: request.headerFields, required: \(required))\(unwrap)"
                default:
                    return "\(label): try SpeccParameters.cookie(\(parameter.type).self, \(literal), in: request.headerFields, required: \(required))\(unwrap)"
                }
            }
            arguments.append("\(group.property): .init(\(values.joined(separator: ", ")))")
        }
        if decl.body != nil { arguments.append("body: requestBody") }
        return arguments.enumerated().map { $0 == 0 ? $1 : ", " + $1 }
    }

    /// Exact statuses, then ranges, then `default`, so the generated `switch` matches the most specific.
    private var orderedResponses: [ResponseDecl] {
        decl.responses.filter { $0.status != nil } + decl.responses.filter { $0.range != nil }
            + decl.responses.filter { $0.status == nil && $0.range == nil }
    }

    private var acceptTypes: [String] {
        var seen = Set<String>()
        return decl.responses.flatMap { $0.contents.map(\.mediaType) }.filter { seen.insert($0).inserted }
    }
}

struct ParameterGroupView: TemplateObject {
    let group: (title: String, typeName: String, property: String, parameters: [ParameterDecl])

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "title": .text(group.title)
        case "typeName": .text(group.typeName)
        case "propertyName": .text(group.property)
        case "parameters": OperationView.parameters(group.parameters)
        default: nil
        }
    }
}

struct ParameterDeclView: TemplateObject {
    let parameter: ParameterDecl
    let last: Bool

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "swiftName": .text(parameter.swiftName)
        case "nameLiteral": .text(SwiftLiteral.string(parameter.name))
        case "type": .text(parameter.type)
        case "propertyType": .text(parameter.propertyType)
        case "required": .flag(parameter.required)
        case "requiredLiteral": .text(parameter.required ? "true" : "false")
        case "forceUnwrap": .text(parameter.required ? "!" : "")
        case "isList": .flag(parameter.isList)
        case "explode": .text(parameter.explode ? "true" : "false")
        case "headerReader": .text(parameter.isList ? "headers" : "header")
        case "doc": TypeDeclView.doc(parameter.doc)
        case "deprecated": .flag(parameter.deprecated)
        case "last": .flag(last)
        default: nil
        }
    }
}

struct BodyView: TemplateObject {
    let body: BodyDecl

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "required": .flag(body.required)
        case "contents":
            .list(body.contents.enumerated().map { .object(ContentView(content: $1, first: $0 == 0, isRequest: true)) })
        case "expectedTypes": .text(body.contents.map(\.mediaType).joined(separator: ", "))
        case "jsonAlias": ContentDecl.jsonOnlyType(body.contents).map { .text($0) } ?? .flag(false)
        default: nil
        }
    }
}

struct ResponseView: TemplateObject {
    let response: ResponseDecl

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "caseName": .text(response.caseName)
        case "structName": .text(response.structName)
        case "doc": TypeDeclView.doc(response.doc)
        case "exact": .flag(response.status != nil)
        case "status": .text(response.status.map(String.init) ?? "")
        case "casePattern":
            if let status = response.status { .text("case \(status):") }
            else if let range = response.range { .text("case \(range.lowerBound)...\(range.upperBound):") }
            else { .text("default:") }
        case "hasHeaders": .flag(!response.headers.isEmpty)
        case "binding": .text(response.headers.isEmpty && response.contents.isEmpty ? "let" : "var")
        case "headersOptional": .flag(response.headers.allSatisfy { !$0.required })
        case "headers": OperationView.parameters(response.headers)
        case "hasContent": .flag(!response.contents.isEmpty)
        case "alias": response.sharedType.map { .text($0) } ?? .flag(false)
        case "sharedJSON": .flag(response.isSharedJSON)
        case "sharedEmpty": .flag(response.isSharedEmpty)
        case "ownCode": .flag(!response.isSharedJSON && !response.isSharedEmpty)
        case "statusExpression": .text(response.status.map(String.init) ?? "statusCode")
        case "jsonAlias": ContentDecl.jsonOnlyType(response.contents).map { .text($0) } ?? .flag(false)
        case "singleContent":
            response.contents.count == 1
                ? .object(ContentView(content: response.contents[0], first: true, isRequest: false)) : .flag(false)
        case "multipleContents": .flag(response.contents.count > 1)
        case "contents":
            .list(response.contents.enumerated().map { .object(ContentView(content: $1, first: $0 == 0, isRequest: false)) })
        case "fallbackDecode":
            response.contents.first.map { .text(ContentView(content: $0, first: true, isRequest: false).decodeExpression) }
        default: nil
        }
    }
}

/// One media type of a body. Request bodies are encoded by the client from `value` and decoded by the
/// server from `body`; responses are decoded by the client from `responseBody` and encoded by the server
/// from `payload`.
struct ContentView: TemplateObject {
    let content: ContentDecl
    let first: Bool
    let isRequest: Bool

    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "caseName": .text(content.caseName)
        case "type": .text(content.type)
        case "keyword": .text(first ? "if" : "} else if")
        case "matchExpression": .text(matchExpression)
        case "decodeExpression": .text(decodeExpression)
        case "encodeExpression": .text(encode("value"))
        case "encodePayload": .text(encode("payload"))
        case "contentTypeLiteral":
            .text(SwiftLiteral.string(content.mediaType == "application/json" ? "application/json; charset=utf-8" : content.sentContentType))
        default: nil
        }
    }

    var decodeExpression: String {
        let source = isRequest ? "body" : "responseBody"
        switch content.kind {
        case .json:
            return ".\(content.caseName)(try await SpeccJSON.decode(\(content.type).self, from: \(source), maxBytes: SpeccServerCore.maxBodyBytes))"
        case .text:
            return ".\(content.caseName)(try await Swift.String(collecting: \(source) ?? OpenAPIRuntime.HTTPBody(), upTo: SpeccServerCore.maxBodyBytes))"
        case .binary:
            return ".\(content.caseName)(\(source) ?? OpenAPIRuntime.HTTPBody())"
        }
    }

    private func encode(_ variable: String) -> String {
        switch content.kind {
        case .json: "try SpeccJSON.body(\(variable))"
        case .text: "OpenAPIRuntime.HTTPBody(\(variable))"
        case .binary: variable
        }
    }

    private var matchExpression: String {
        switch content.kind {
        case .json: return "SpeccParameters.isJSON(contentType)"
        default:
            if content.mediaType == "*/*" { return "true" }
            if content.mediaType.hasSuffix("/*") {
                return "contentType?.hasPrefix(\(SwiftLiteral.string(String(content.mediaType.dropLast())))) == true"
            }
            return "contentType == \(SwiftLiteral.string(content.mediaType))"
        }
    }
}
