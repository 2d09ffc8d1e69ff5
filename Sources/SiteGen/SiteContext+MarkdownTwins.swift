import PageParser
import SpecNormalizer

/// The Markdown twin of each page (`operations/getPet.md` beside `operations/getPet.html`): the same content as
/// plain Markdown for readers and tools that want text, linked from `llms.txt`. Links point at other twins.
extension SiteContext {
    func homeMarkdown() -> String {
        var text = "# \(MarkdownText.oneLine(api.title))\n\nVersion: \(MarkdownText.oneLine(api.version))\n\n"
        if let description = api.description { text += description + "\n\n" }
        if hasBundle { text += "The OpenAPI document: [openapi.json](openapi.json)\n\n" }
        if !api.servers.isEmpty {
            text += "## Servers\n\n"
            for server in api.servers {
                text += "- `\(MarkdownText.oneLine(server.url))`"
                if let description = server.description { text += " — " + MarkdownText.oneLine(description) }
                text += "\n"
                for variable in server.variables ?? [] {
                    text += "  - `\(MarkdownText.oneLine(variable.name))`: default `\(MarkdownText.oneLine(variable.defaultValue))`"
                    if let allowed = variable.enumValues, !allowed.isEmpty {
                        text += "; one of " + allowed.map { "`\(MarkdownText.oneLine($0))`" }.joined(separator: ", ")
                    }
                    if let description = variable.description { text += ". " + MarkdownText.oneLine(description) }
                    text += "\n"
                }
            }
            text += "\n"
        }
        if !pages.isEmpty {
            text += "## Guides\n\n"
            for page in pages { text += "- " + link(page.title, routes.guides[page.slug] ?? "", root: "") + "\n" }
            text += "\n"
        }
        text += "## Operations\n\n"
        for group in tagGroups {
            if !group.name.isEmpty { text += "### \(MarkdownText.oneLine(group.name))\n\n" }
            for index in group.tags {
                let (tag, operations) = tagOperations[index]
                text += "- " + link(tag, routes.tags[tag] ?? "", root: "") + " (\(operations.count))\n"
            }
            text += "\n"
        }
        if !api.schemas.isEmpty {
            text += "## Schemas\n\n"
            for named in api.schemas { text += "- " + link(named.name.rawValue, routes.schemas[named.name] ?? "", root: "") + "\n" }
            text += "\n"
        }
        return text
    }

    func tagMarkdown(_ tag: String, operations indexes: [Int]) -> String {
        var text = "# \(MarkdownText.oneLine(tag))\n\n"
        if let description = tagDescriptions[tag], !description.isEmpty { text += description + "\n\n" }
        for index in indexes {
            let operation = api.operations[index]
            let summary = operation.summary.map { ": " + MarkdownText.oneLine($0) } ?? ""
            text += "- " + link("\(operation.method.uppercased) \(operation.path)", routes.operations[index], root: "../")
                + summary + (operation.deprecated ? " (deprecated)" : "") + "\n"
        }
        return text
    }

    func operationMarkdown(_ index: Int, samples: [CodeSamples.Sample]) -> String {
        let operation = api.operations[index]
        let root = "../"
        let list = MarkdownSchemaList(trees: trees, routes: routes, root: root)
        var text = "# \(MarkdownText.oneLine(operation.summary ?? "\(operation.method.uppercased) \(operation.path)"))\n\n"
        text += "`\(operation.method.uppercased) \(operation.path)`\n\n"
        if operation.deprecated { text += "**Deprecated.**\n\n" }
        if let description = operation.description { text += description + "\n\n" }
        var facts: [String] = []
        if let id = operation.operationId { facts.append("Operation ID: `\(id)`") }
        let tags = operation.tags.compactMap { tag in routes.tags[tag].map { link(tag, $0, root: root) } }
        if !tags.isEmpty { facts.append("Tags: " + tags.joined(separator: ", ")) }
        if !facts.isEmpty { text += facts.joined(separator: " · ") + "\n\n" }
        if !operation.security.isEmpty {
            text += "## Security\n\nAny one of:\n\n"
            for requirement in operation.security {
                let schemes = requirement.schemes.map { scheme in
                    "`\(scheme.name)`" + (scheme.scopes.isEmpty ? "" : " (scopes: " + scheme.scopes.joined(separator: ", ") + ")")
                }
                text += "- " + (schemes.isEmpty ? "no authentication" : schemes.joined(separator: " and ")) + "\n"
            }
            text += "\n"
        }
        if !operation.parameters.isEmpty {
            text += "## Parameters\n\n| Name | In | Type | Required | Description |\n|---|---|---|---|---|\n"
            for parameter in operation.parameters {
                let type = parameter.schema.map { schemaType($0) } ?? ""
                text += "| `\(MarkdownText.cell(parameter.name))` | \(parameter.location) | \(MarkdownText.cell(type)) | "
                    + (parameter.required ? "yes" : "no") + " | " + MarkdownText.cell(parameter.description ?? "")
                    + (parameter.deprecated ? " (deprecated)" : "") + " |\n"
            }
            text += "\n"
        }
        if let body = operation.requestBody {
            text += "## Request body" + (body.required ? " (required)" : "") + "\n\n"
            if let description = body.description { text += description + "\n\n" }
            for media in body.content {
                text += "### \(media.mediaType)\n\n"
                if let schema = media.schema { text += list.lines(schema).joined(separator: "\n") + "\n\n" }
            }
        }
        text += "## Responses\n\n"
        for response in operation.responses {
            text += "### \(response.status)\n\n"
            if !response.description.isEmpty { text += response.description + "\n\n" }
            for header in response.headers {
                text += "- Header `\(header.name)`" + (header.schema.map { " " + schemaType($0) } ?? "")
                    + (header.description.map { ": " + MarkdownText.oneLine($0) } ?? "") + "\n"
            }
            if !response.headers.isEmpty { text += "\n" }
            for media in response.content {
                text += "#### \(media.mediaType)\n\n"
                if let schema = media.schema { text += list.lines(schema).joined(separator: "\n") + "\n\n" }
            }
        }
        text += "## Code samples\n\n"
        for sample in samples {
            let language = ["curl": "sh", "Python": "python", "JavaScript": "js", "Swift": "swift"][sample.language] ?? ""
            text += "### \(sample.language)\n\n" + MarkdownText.fenced(sample.code, language: language) + "\n\n"
        }
        return text
    }

    func schemaMarkdown(_ named: NamedSchema) -> String {
        let list = MarkdownSchemaList(trees: trees, routes: routes, root: "../")
        var text = "# \(MarkdownText.oneLine(named.name.rawValue))\n\n"
        if let description = named.schema.description { text += description + "\n\n" }
        var lines = list.lines(.inline(named.schema))
        if !lines.isEmpty { lines[0] = "Type: " + (trees.typeText(named.schema).isEmpty ? "any" : trees.typeText(named.schema)) }
        text += lines.joined(separator: "\n") + "\n\n"
        let byOperations = (usage.operations[named.name] ?? []).sorted()
        let bySchemas = usage.schemas[named.name] ?? []
        if !byOperations.isEmpty || !bySchemas.isEmpty {
            text += "## Used by\n\n"
            for index in byOperations {
                let operation = api.operations[index]
                text += "- " + link("\(operation.method.uppercased) \(operation.path)", routes.operations[index], root: "../") + "\n"
            }
            for name in bySchemas { text += "- " + link(name.rawValue, routes.schemas[name] ?? "", root: "../") + "\n" }
            text += "\n"
        }
        text += "## Example\n\n" + MarkdownText.fenced(JSONText.pretty(operations.examples.example(.named(named.name))), language: "json") + "\n"
        return text
    }

    /// A guide's twin is its own Markdown (front matter left out).
    func guideMarkdown(_ page: Page) -> String {
        page.markdown.hasSuffix("\n") ? page.markdown : page.markdown + "\n"
    }

    private func schemaType(_ use: SchemaUse) -> String {
        switch use {
        case .named(let name): name.rawValue
        case .inline(let schema): trees.typeText(schema)
        }
    }

    private func link(_ title: String, _ htmlPath: String, root: String) -> String {
        "[\(MarkdownText.inline(title))](\(root)\(MarkdownText.twinPath(htmlPath)))"
    }
}
