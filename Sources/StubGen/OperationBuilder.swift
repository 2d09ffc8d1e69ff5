import SpecNormalizer

/// Builds `OperationDecl`s from normalized operations, naming each operation uniquely.
struct OperationBuilder: Sendable {
    let types: TypeBuilder
    let api: API

    /// Declarations for `operations` in document order; names are unique among them.
    func declarations(of operations: [NormalizedOperation], namespace: String, overrides: [String: String]) -> [OperationDecl] {
        var typeScope = NameScope()
        var memberScope = NameScope(reserved: ["core", "credentials", "init", "registerHandlers"])
        return operations.map { operation in
            let id = operation.operationId ?? Self.synthesizedId(operation)
            let base = overrides[id] ?? id
            let typeName = typeScope.claim(SwiftName.type(base))
            let methodName = memberScope.claim(SwiftName.member(base))
            var decl = declaration(of: operation, id: id, typeName: typeName, methodName: methodName)
            decl.qualifyNestedTypes(prefix: "\(namespace).\(typeName).")
            return decl
        }
    }

    /// `get /pets/{petId}` → `getPetsPetId`.
    static func synthesizedId(_ operation: NormalizedOperation) -> String {
        operation.method.rawValue.lowercased() + " " + operation.path
    }

    private func declaration(of operation: NormalizedOperation, id: String, typeName: String, methodName: String) -> OperationDecl {
        var nested: [TypeDecl] = []
        var scope = NameScope(reserved: ["Input", "Output", "id", typeName])
        var groups: [String: [ParameterDecl]] = [:]
        var memberScopes: [String: NameScope] = [:]
        for parameter in operation.parameters {
            let location = parameter.location
            guard ["path", "query", "header", "cookie"].contains(location) else { continue }
            var members = memberScopes[location] ?? NameScope()
            let decl = parameterDecl(
                name: parameter.name, schema: parameter.schema, required: parameter.required || location == "path",
                explode: parameter.explode ?? ((parameter.style ?? "form") == "form"), description: parameter.description,
                deprecated: parameter.deprecated, members: &members, scope: &scope, nested: &nested)
            memberScopes[location] = members
            groups[location, default: []].append(decl)
        }
        let pathParameters = groups["path"] ?? []
        var body: BodyDecl?
        if let requestBody = operation.requestBody, !requestBody.content.isEmpty {
            body = BodyDecl(
                required: requestBody.required,
                contents: contents(requestBody.content, hint: "RequestBody", scope: &scope, nested: &nested))
        }
        var caseScope = NameScope(reserved: ["undocumented"])
        let responses = operation.responses.map { response in
            responseDecl(response, caseScope: &caseScope, scope: &scope, nested: &nested)
        }
        return OperationDecl(
            typeName: typeName, methodName: methodName, operationId: operation.operationId ?? id,
            methodExpression: Self.methodExpression(operation.method.rawValue),
            path: operation.path, pathExpression: Self.pathExpression(operation.path, parameters: pathParameters),
            doc: SwiftLiteral.doc(operation.summary, operation.description, "`\(operation.method.rawValue.uppercased()) \(operation.path)`"),
            deprecated: operation.deprecated, group: operation.tags.first ?? "Default", nested: nested,
            pathParameters: pathParameters, queryParameters: groups["query"] ?? [],
            headerParameters: groups["header"] ?? [], cookieParameters: groups["cookie"] ?? [], body: body,
            responses: responses, security: operation.security.map { $0.schemes.map(\.name) },
            errorShape: ErrorShape.expression(for: operation, types: types))
    }

    private func parameterDecl(
        name: String, schema: SchemaUse?, required: Bool, explode: Bool, description: String?, deprecated: Bool,
        members: inout NameScope, scope: inout NameScope, nested: inout [TypeDecl]
    ) -> ParameterDecl {
        var type = "Swift.String"
        var isList = false
        if let schema, let scalar = parameterType(schema, hint: name, scope: &scope, nested: &nested) {
            (type, isList) = scalar
        }
        return ParameterDecl(
            name: name, swiftName: members.claim(SwiftName.member(name)), type: type, isList: isList,
            required: required, explode: explode, doc: SwiftLiteral.doc(description), deprecated: deprecated)
    }

    /// A type parameters can carry (`SpeccParameterValue`: strings, numbers, booleans, dates, enums) or a
    /// list of them; nil for anything else, which is then passed as raw text.
    private func parameterType(
        _ use: SchemaUse, hint: String, scope: inout NameScope, nested: inout [TypeDecl]
    ) -> (String, Bool)? {
        guard let schema = types.resolve(use) else { return nil }
        switch types.kind(of: schema) {
        case .primitive(let primitive):
            let swift = types.primitive(primitive, format: schema.format)
            guard swift != "Foundation.Data" else { return nil }
            if case .named(let name) = use { return (types.qualifiedName(name), false) }
            return (swift, false)
        case .enumeration:
            var local: [TypeDecl] = []
            let type = types.typeExpression(use, hint: hint, owner: nil, scope: &scope, nested: &local)
            nested += local
            return (type.expression, false)
        case .single(let inner):
            return parameterType(inner, hint: hint, scope: &scope, nested: &nested)
        case .array(let items?):
            guard let element = parameterType(items, hint: hint + "Item", scope: &scope, nested: &nested), !element.1 else {
                return nil
            }
            return (element.0, true)
        default:
            return nil
        }
    }

    private func contents(
        _ media: [NormalizedMediaType], hint: String, scope: inout NameScope, nested: inout [TypeDecl]
    ) -> [ContentDecl] {
        var caseScope = NameScope()
        return media.map { item in
            let mediaType = item.mediaType.lowercased()
            let kind = ContentDecl.kind(of: mediaType)
            var type: String
            switch kind {
            case .json:
                if let schema = item.schema {
                    let suffix = media.count > 1 ? SwiftName.type(ContentDecl.caseName(for: mediaType)) : ""
                    type = types.typeExpression(schema, hint: hint + suffix, owner: nil, scope: &scope, nested: &nested).optionalExpression
                } else {
                    type = "OpenAPIRuntime.OpenAPIValueContainer"
                }
            case .text: type = "Swift.String"
            case .binary: type = "OpenAPIRuntime.HTTPBody"
            }
            return ContentDecl(
                caseName: caseScope.claim(ContentDecl.caseName(for: mediaType)), mediaType: mediaType, type: type, kind: kind)
        }
    }

    private func responseDecl(
        _ response: NormalizedResponse, caseScope: inout NameScope, scope: inout NameScope, nested: inout [TypeDecl]
    ) -> ResponseDecl {
        let (caseName, status, range) = StatusNames.describe(response.status)
        let claimed = caseScope.claim(caseName)
        let structName = scope.claim(SwiftName.type(SwiftName.bare(claimed)))
        var members = NameScope()
        let headers = response.headers.filter { $0.name.lowercased() != "content-type" }.map { header in
            parameterDecl(
                name: header.name, schema: header.schema, required: header.required, explode: false,
                description: header.description, deprecated: false, members: &members, scope: &scope, nested: &nested)
        }
        return ResponseDecl(
            caseName: claimed, structName: structName, status: status, range: range,
            doc: SwiftLiteral.doc(response.description), headers: headers,
            contents: contents(response.content, hint: structName + "Body", scope: &scope, nested: &nested))
    }

    /// `.get` for the standard methods, else a custom method.
    static func methodExpression(_ method: String) -> String {
        switch method.lowercased() {
        case "get", "put", "post", "delete", "options", "head", "patch", "trace", "connect": "." + method.lowercased()
        default: "HTTPTypes.HTTPRequest.Method(\(SwiftLiteral.string(method.uppercased())))!"
        }
    }

    /// `"/pets/\(SpeccParameters.path(input.path.petId))"`.
    static func pathExpression(_ path: String, parameters: [ParameterDecl]) -> String {
        let byName = Dictionary(parameters.map { ($0.name, $0.swiftName) }, uniquingKeysWith: { first, _ in first })
        var result = "\""
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += SwiftLiteral.string(String(rest[..<open])).dropFirst().dropLast()
            let name = String(rest[rest.index(after: open)..<close])
            if let swiftName = byName[name] {
                result += "\\(SpeccParameters.path(input.path.\(swiftName)))"
            } else {
                result += SwiftLiteral.string("{" + name + "}").dropFirst().dropLast()
            }
            rest = rest[rest.index(after: close)...]
        }
        result += SwiftLiteral.string(String(rest)).dropFirst().dropLast()
        return result + "\""
    }
}

extension OperationDecl {
    /// Qualifies references to the operation's own nested types in parameters and bodies, which the client
    /// and server use from outside the namespace.
    mutating func qualifyNestedTypes(prefix: String) {
        let names = Set(nested.map(\.name))
        guard !names.isEmpty else { return }
        func fix(_ parameters: inout [ParameterDecl]) {
            for index in parameters.indices {
                parameters[index].type = SwiftLiteral.qualify(parameters[index].type, names: names, prefix: prefix)
            }
        }
        func fix(_ contents: inout [ContentDecl]) {
            for index in contents.indices {
                contents[index].type = SwiftLiteral.qualify(contents[index].type, names: names, prefix: prefix)
            }
        }
        fix(&pathParameters)
        fix(&queryParameters)
        fix(&headerParameters)
        fix(&cookieParameters)
        if body != nil { fix(&body!.contents) }
        for index in responses.indices {
            fix(&responses[index].headers)
            fix(&responses[index].contents)
        }
    }
}
