import SpecDiagnostics
import SpecModel

/// What normalizing one document needs everywhere: the document and the schema names.
struct NormalizationContext {
    let document: RawDocument
    let namer: SchemaNamer

    init(document: RawDocument) {
        self.document = document
        self.namer = SchemaNamer(document: document)
    }

    // MARK: - Operations

    /// The operations of a path item, in document order. `depth` counts the callbacks this path item sits
    /// in, so a document that nests callbacks (or refers to one from inside itself) stays bounded.
    func operations(of item: PathItem, path: String, depth: Int = 0) -> [NormalizedOperation] {
        let shared = parameters(item.parameters)
        return item.operations.map { entry in
            let operation = entry.operation
            return NormalizedOperation(
                method: entry.method,
                path: path,
                operationId: operation.operationId?.value,
                tags: operation.tags.map(\.value),
                summary: operation.summary?.value,
                description: operation.description?.value,
                deprecated: operation.deprecated?.value ?? false,
                parameters: NormalizationContext.merge(shared, parameters(operation.parameters)),
                requestBody: operation.requestBody.flatMap(document.requestBody).map(requestBody),
                responses: responses(operation.responses),
                security: (operation.security ?? document.openAPI.security ?? []).map(security),
                callbacks: callbacks(operation.callbacks, depth: depth))
        }
    }

    private func callbacks(_ slots: [Named<Referenceable<Callback>>], depth: Int) -> [NormalizedCallback] {
        guard depth < NormalizedCallback.maximumDepth else { return [] }
        return slots.compactMap { slot in
            guard let callback = document.resolve(slot.value, in: \.callbacks) else { return nil }
            return NormalizedCallback(
                name: slot.name,
                operations: callback.expressions.flatMap { expression -> [NormalizedOperation] in
                    guard let item = document.pathItem(expression.value) else { return [] }
                    return operations(of: item, path: expression.name, depth: depth + 1)
                })
        }
    }

    /// Path-level parameters with the operation's applied: an operation parameter with the same name and
    /// location replaces the path-level one in place; the others follow in their order.
    static func merge(_ shared: [NormalizedParameter], _ own: [NormalizedParameter]) -> [NormalizedParameter] {
        var merged: [NormalizedParameter] = []
        var used: Set<Int> = []
        for parameter in shared {
            if let index = own.firstIndex(where: { $0.name == parameter.name && $0.location == parameter.location }) {
                if used.insert(index).inserted { merged.append(own[index]) }
            } else {
                merged.append(parameter)
            }
        }
        for (index, parameter) in own.enumerated() where !used.contains(index) { merged.append(parameter) }
        return merged
    }

    private func parameters(_ slots: [Referenceable<Parameter>]) -> [NormalizedParameter] {
        slots.compactMap { slot in
            guard let parameter = document.parameter(slot), let name = parameter.name?.value,
                let location = parameter.location?.value
            else { return nil }
            return NormalizedParameter(
                name: name,
                location: location.rawValue,
                required: location == .path ? true : parameter.required?.value ?? false,
                deprecated: parameter.deprecated?.value ?? false,
                description: parameter.description?.value,
                style: parameter.style?.value,
                explode: parameter.explode?.value,
                schema: parameter.schema.map(schemaUse),
                content: content(parameter.content))
        }
    }

    private func requestBody(_ body: RequestBody) -> NormalizedRequestBody {
        NormalizedRequestBody(
            required: body.required?.value ?? false, description: body.description?.value,
            content: content(body.content))
    }

    private func content(_ mediaTypes: [Named<MediaType>]) -> [NormalizedMediaType] {
        mediaTypes.map { NormalizedMediaType(mediaType: $0.name, schema: $0.value.schema.map(schemaUse)) }
    }

    /// Responses sorted by status key in UTF-8 order, `default` last.
    private func responses(_ responses: Responses?) -> [NormalizedResponse] {
        let entries = (responses?.entries ?? []).compactMap { entry -> NormalizedResponse? in
            guard let response = document.response(entry.value) else { return nil }
            let headers = response.headers.compactMap { header -> NormalizedHeader? in
                guard let value = document.header(header.value) else { return nil }
                return NormalizedHeader(
                    name: header.name, required: value.required?.value ?? false,
                    description: value.description?.value, schema: value.schema.map(schemaUse))
            }
            return NormalizedResponse(
                status: entry.name, description: response.description?.value ?? "", headers: headers,
                content: content(response.content))
        }
        return entries.enumerated().sorted { left, right in
            let (lhs, rhs) = (left.element.status, right.element.status)
            if lhs == rhs { return left.offset < right.offset }
            if lhs == "default" || rhs == "default" { return rhs == "default" }
            return String.precedesInUTF8(lhs, rhs)
        }.map(\.element)
    }

    private func security(_ requirement: SecurityRequirement) -> NormalizedSecurityRequirement {
        NormalizedSecurityRequirement(
            schemes: requirement.schemes.map { SchemeScopes(name: $0.name, scopes: $0.value.map(\.value)) })
    }

    // MARK: - Components

    /// The security schemes of the root components, sorted by name.
    func securitySchemes() -> [NormalizedSecurityScheme] {
        let entries = SchemaNamer.firstByName(document.openAPI.components?.securitySchemes ?? [])
        return entries.compactMap { entry -> NormalizedSecurityScheme? in
            guard let scheme = document.securityScheme(entry.value) else { return nil }
            return NormalizedSecurityScheme(
                name: entry.name, type: scheme.type?.value ?? "", description: scheme.description?.value,
                scheme: scheme.scheme?.value, bearerFormat: scheme.bearerFormat?.value,
                parameterName: scheme.name?.value, location: scheme.location?.value)
        }.sorted { String.precedesInUTF8($0.name, $1.name) }
    }
}
