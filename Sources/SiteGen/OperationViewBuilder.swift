import PageParser
import SpecNormalizer
import StubGen

/// Builds `OperationView`s: escaping, anchors, schema trees, security text and code samples.
struct OperationViewBuilder {
    let api: API
    let routes: SiteRoutes
    let trees: SchemaTreeBuilder
    let examples: ExampleBuilder
    /// The generated Swift client's names, for the Swift sample.
    let stubs: StubNaming

    /// The code samples of `api.operations[index]` (shared by its page and its Markdown twin).
    func samples(_ index: Int) -> [CodeSamples.Sample] {
        CodeSamples.samples(for: index, api: api, examples: examples, stubs: stubs)
    }

    /// The page of `api.operations[index]`, `root` away from the site root.
    func view(_ index: Int, root: String, samples: [CodeSamples.Sample]) -> OperationView {
        let operation = api.operations[index]
        var anchors = AnchorSet()
        var budget = trees.pageBudget
        let parameters = operation.parameters.map { parameter in
            ParameterView(
                name: HTML.escape(parameter.name),
                anchor: anchors.unique("param-\(Slug.make(parameter.location))-\(Slug.make(parameter.name))"),
                location: HTML.escape(parameter.location), required: parameter.required,
                deprecated: parameter.deprecated, type: typeHTML(parameter.schema, root: root),
                description: HTML.markdown(parameter.description), constraints: constraints(parameter.schema))
        }
        let body = operation.requestBody.map { body in
            BodyView(
                required: body.required, description: HTML.markdown(body.description),
                media: body.content.map { media($0, prefix: "request", root: root, anchors: &anchors, budget: &budget) })
        }
        let responses = operation.responses.map { response in
            let prefix = "response-\(Slug.make(response.status))"
            return ResponseView(
                status: HTML.escape(response.status), statusClass: statusClass(response.status),
                anchor: anchors.unique(prefix), description: HTML.markdown(response.description),
                hasHeaders: !response.headers.isEmpty,
                headers: response.headers.map { header in
                    ParameterView(
                        name: HTML.escape(header.name), anchor: anchors.unique("\(prefix)-header-\(Slug.make(header.name))"),
                        location: "header", required: header.required, deprecated: false,
                        type: typeHTML(header.schema, root: root), description: HTML.markdown(header.description),
                        constraints: constraints(header.schema))
                },
                // The section already holds `response-200`; its body trees start at `response-200-body`.
                media: response.content.map { media($0, prefix: prefix + "-body", root: root, anchors: &anchors, budget: &budget) })
        }
        let tags = operation.tags.compactMap { tag in
            routes.tags[tag].map { LinkView(title: HTML.escape(tag), url: $0) }
        }
        let summary = operation.summary ?? "\(operation.method.uppercased) \(operation.path)"
        return OperationView(
            method: operation.method.uppercased, methodClass: operation.method.rawValue,
            path: HTML.escape(operation.path), summary: HTML.escape(summary),
            description: HTML.markdown(operation.description), operationId: HTML.escape(operation.operationId ?? ""),
            deprecated: operation.deprecated, tags: tags, hasParameters: !parameters.isEmpty, parameters: parameters,
            hasRequestBody: body != nil, requestBody: body.map { [$0] } ?? [], responses: responses,
            hasSecurity: !operation.security.isEmpty, security: securityLines(operation.security),
            samples: samples.map {
                CodeSampleView(language: HTML.escape($0.language), code: HTML.escape($0.code))
            })
    }

    private func media(
        _ media: NormalizedMediaType, prefix: String, root: String, anchors: inout AnchorSet, budget: inout Int
    ) -> MediaView
    {
        let empty = trees.describe(NormalizedSchema(), name: "", anchor: "", type: "", required: false)
        guard let schema = media.schema else {
            return MediaView(mediaType: HTML.escape(media.mediaType), hasSchema: false, tree: empty, example: "", hasExample: false)
        }
        let tree = trees.tree(schema, prefix: prefix, root: root, anchors: &anchors, pageBudget: &budget)
        let example = media.mediaType.contains("json") ? HTML.escape(JSONText.pretty(examples.example(schema))) : ""
        return MediaView(
            mediaType: HTML.escape(media.mediaType), hasSchema: true, tree: tree, example: example,
            hasExample: !example.isEmpty)
    }

    private func typeHTML(_ use: SchemaUse?, root: String) -> String {
        guard let use else { return "" }
        switch use {
        case .named(let name):
            guard let url = routes.schemas[name] else { return HTML.escape(name.rawValue) }
            return "<a href=\"\(root)\(HTML.escape(url))\">\(HTML.escape(name.rawValue))</a>"
        case .inline(let schema): return HTML.escape(trees.typeText(schema))
        }
    }

    private func constraints(_ use: SchemaUse?) -> [String] {
        guard case .inline(let schema)? = use else { return [] }
        var result = trees.constraints(schema)
        if let values = schema.enumValues, !values.isEmpty {
            result.append(HTML.escape("one of " + values.map(JSONText.compact).joined(separator: ", ")))
        }
        if let value = schema.defaultValue { result.append(HTML.escape("default " + JSONText.compact(value))) }
        return result
    }

    private func statusClass(_ status: String) -> String {
        guard let first = status.first, first.isNumber else { return "default" }
        return "s\(first)xx"
    }

    /// One line per alternative requirement: `bearerAuth (scans:read) and appKey`.
    private func securityLines(_ requirements: [NormalizedSecurityRequirement]) -> [String] {
        requirements.map { requirement in
            if requirement.schemes.isEmpty { return "no authentication" }
            return requirement.schemes.map { scheme in
                let detail = api.securitySchemes.first { $0.name == scheme.name }.map { describe($0) } ?? ""
                let scopes = scheme.scopes.isEmpty ? "" : " — scopes: " + scheme.scopes.map(HTML.escape).joined(separator: ", ")
                return "<strong>\(HTML.escape(scheme.name))</strong>\(detail)\(scopes)"
            }.joined(separator: " and ")
        }
    }

    private func describe(_ scheme: NormalizedSecurityScheme) -> String {
        var text = scheme.type
        if let http = scheme.scheme { text += " \(http)" }
        if let name = scheme.parameterName, let location = scheme.location { text += " in \(location) '\(name)'" }
        return text.isEmpty ? "" : " (\(HTML.escape(text)))"
    }
}
