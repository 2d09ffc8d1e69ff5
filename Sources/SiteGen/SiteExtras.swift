import PageParser
import SpecNormalizer

/// The site's machine-readable files: `sitemap.xml`, `llms.txt` and the search index.
enum SiteExtras {
    /// A sitemap of every page; locations are absolute with a base URL, root-relative without one.
    static func sitemap(paths: [String], baseURL: String?) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths { xml += "  <url><loc>\(HTML.escape((baseURL ?? "") + path))</loc></url>\n" }
        return xml + "</urlset>\n"
    }

    /// `llms.txt` (llmstxt.org): the API's title, summary and a link list of the Markdown twins of the guides,
    /// operations and schemas, and the OpenAPI document.
    static func llmsText(api: API, context: SiteContext, pages: [Page]) -> String {
        let base = context.baseURL
        var text = "# \(oneLine(api.title))\n\n"
        if let description = api.description { text += "> \(oneLine(description))\n\n" }
        text += "- [Overview](\(base)index.md)\n"
        if context.hasBundle { text += "- [OpenAPI document](\(base)openapi.json)\n" }
        text += "\n"
        if !pages.isEmpty {
            text += "## Guides\n\n"
            for page in pages { text += "- [\(oneLine(page.title))](\(base)\(MarkdownText.twinPath(context.routes.guides[page.slug] ?? "")))\n" }
            text += "\n"
        }
        text += "## Operations\n\n"
        for index in context.operationOrder {
            let operation = api.operations[index]
            let summary = operation.summary.map { ": " + oneLine($0) } ?? ""
            text += "- [\(operation.method.uppercased) \(oneLine(operation.path))](\(base)\(MarkdownText.twinPath(context.routes.operations[index])))\(summary)\n"
        }
        if !api.schemas.isEmpty {
            text += "\n## Schemas\n\n"
            for named in api.schemas {
                text += "- [\(oneLine(named.name.rawValue))](\(base)\(MarkdownText.twinPath(context.routes.schemas[named.name] ?? "")))\n"
            }
        }
        return text
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

extension SiteContext {
    /// Operations, schemas with their top-level properties, guides and their headings.
    func searchIndex() -> SearchIndex {
        var index = SearchIndex()
        for position in operationOrder {
            let operation = api.operations[position]
            index.entries.append(
                .init(
                    kind: "operation", title: operation.summary ?? operation.path,
                    detail: "\(operation.method.uppercased) \(operation.path) \(operation.operationId ?? "")",
                    url: routes.operations[position]))
        }
        for named in api.schemas {
            guard let url = routes.schemas[named.name] else { continue }
            index.entries.append(.init(kind: "schema", title: named.name.rawValue, detail: "", url: url))
            for property in named.schema.properties {
                index.entries.append(
                    .init(
                        kind: "property", title: property.name, detail: named.name.rawValue,
                        url: url + "#schema." + Slug.make(property.name)))
            }
        }
        for page in pages {
            guard let url = routes.guides[page.slug] else { continue }
            index.entries.append(.init(kind: "guide", title: page.title, detail: "", url: url))
            for heading in page.headings where heading.level > 1 {
                index.entries.append(.init(kind: "heading", title: heading.text, detail: page.title, url: url + "#" + heading.anchor))
            }
        }
        return index
    }
}
