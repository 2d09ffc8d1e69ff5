import SpecDiagnostics
import SpecModel

/// The responses of an operation, each response, links and examples.
extension DocumentBuilder {
    /// The Responses Object: `default`, status codes (`200`) and ranges (`4XX`); `x-` keys are extensions.
    /// Keys that are no status are the `invalid-response-status` lint rule's to report.
    func buildResponses(_ node: Node, subject: Subject) -> Responses? {
        guard let node = inline(node) else { return nil }
        guard let entries = node.entries else {
            reporter.invalidType("object", for: subject, found: node)
            return nil
        }
        var responses = Responses(node: node)
        for entry in entries {
            if entry.name.hasPrefix("x-") {
                responses.extensions.append(Named(name: entry.name, nameSpan: entry.key.span, value: entry.value))
                continue
            }
            let slot = referenceable(entry.value, subject: .key(entry.name), kind: .response, buildResponse)
            if let slot { responses.entries.append(Named(name: entry.name, nameSpan: entry.key.span, value: slot)) }
        }
        if responses.extensions.count == entries.count {
            reporter.invalidValue("expected at least one response in 'responses'", at: node.span)
        }
        return responses
    }

    /// The Response Object.
    func buildResponse(_ node: Node, subject: Subject) -> Response? {
        guard var reader = reader(node, object: "response object", subject: subject) else { return nil }
        let node = reader.node
        var response = Response(node: node)
        if version < .v3_2 { reader.require("description") }
        _ = reader.string("summary", since: .v3_2)
        response.description = reader.string("description")
        response.headers = reader.referenceableMap("headers", kind: .header, builder: self, buildHeader)
        response.content =
            reader.map("content") { entry in
                self.buildMediaType(entry.value, subject: .key(entry.name))
            } ?? []
        response.links = reader.referenceableMap("links", kind: .link, builder: self, buildLink)
        response.extensions = reader.finish()
        return response
    }

    /// The Link Object.
    func buildLink(_ node: Node, subject: Subject) -> Link? {
        guard var reader = reader(node, object: "link object", subject: subject) else { return nil }
        let node = reader.node
        var link = Link(node: node)
        link.operationRef = reader.string("operationRef")
        link.operationId = reader.string("operationId")
        if let parameters = reader.mapping("parameters") {
            link.parameters = ObjectReader.named(parameters, extensions: false) { $0.value }
        }
        link.requestBody = reader.any("requestBody")
        link.description = reader.string("description")
        link.server = reader.object("server", buildServer)
        _ = reader.finish()
        if let operationRef = link.operationRef, link.operationId != nil {
            reporter.invalidValue(
                "a link takes 'operationRef' or 'operationId', not both",
                at: node.entry("operationRef")?.key.span
                    ?? operationRef.span)
        }
        return link
    }

    /// The Example Object.
    func buildExample(_ node: Node, subject: Subject) -> Example? {
        guard var reader = reader(node, object: "example object", subject: subject) else { return nil }
        let node = reader.node
        var example = Example(node: node)
        example.summary = reader.string("summary")
        example.description = reader.string("description")
        example.value = reader.any("value")
        _ = reader.any("dataValue", since: .v3_2)
        _ = reader.string("serializedValue", since: .v3_2)
        example.externalValue = reader.string("externalValue")
        _ = reader.finish()
        if example.value != nil, let external = example.externalValue {
            reporter.invalidValue(
                "an example takes 'value' or 'externalValue', not both",
                at: node.entry("externalValue")?.key.span ?? external.span)
        }
        return example
    }
}
