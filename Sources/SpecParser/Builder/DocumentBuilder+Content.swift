import SpecDiagnostics
import SpecModel

/// Request bodies, media types and encodings.
extension DocumentBuilder {
    /// The Request Body Object.
    func buildRequestBody(_ node: Node, subject: Subject) -> RequestBody? {
        guard var reader = reader(node, object: "request body object", subject: subject) else { return nil }
        let node = reader.node
        var body = RequestBody(node: node)
        reader.require("content")
        body.description = reader.string("description")
        body.content =
            reader.map("content") { entry in
                self.buildMediaType(entry.value, subject: .key(entry.name))
            } ?? []
        body.required = reader.bool("required")
        body.extensions = reader.finish()
        return body
    }

    /// The Media Type Object.
    func buildMediaType(_ node: Node, subject: Subject) -> MediaType? {
        // 3.2 lets components hold media types, so a media type may be a reference there and here.
        if version >= .v3_2, let entry = node.entry("$ref") {
            _ = reference(entry, kind: nil)
            return nil
        }
        guard var reader = reader(node, object: "media type object", subject: subject) else { return nil }
        let node = reader.node
        var media = MediaType(node: node)
        media.schema = reader.referenceable("schema", kind: .schema, builder: self, buildSchema)
        _ = reader.referenceable("itemSchema", since: .v3_2, kind: .schema, builder: self, buildSchema)
        media.example = reader.any("example")
        media.examples = reader.referenceableMap("examples", kind: .example, builder: self, buildExample)
        media.encoding =
            reader.map("encoding") { entry in
                self.buildEncoding(entry.value, subject: .key(entry.name))
            } ?? []
        _ = reader.list("prefixEncoding", since: .v3_2, buildEncoding)
        _ = reader.object("itemEncoding", since: .v3_2, buildEncoding)
        media.extensions = reader.finish()
        checkExampleOrExamples(node, what: "a media type")
        return media
    }

    /// The Encoding Object.
    func buildEncoding(_ node: Node, subject: Subject) -> Encoding? {
        guard var reader = reader(node, object: "encoding object", subject: subject) else { return nil }
        let node = reader.node
        var encoding = Encoding(node: node)
        encoding.contentType = reader.string("contentType")
        encoding.headers = reader.referenceableMap("headers", kind: .header, builder: self, buildHeader)
        encoding.style = reader.token("style")
        encoding.explode = reader.bool("explode")
        encoding.allowReserved = reader.bool("allowReserved")
        _ = reader.map("encoding", since: .v3_2) { entry in
            self.buildEncoding(entry.value, subject: .key(entry.name))
        }
        _ = reader.list("prefixEncoding", since: .v3_2, buildEncoding)
        _ = reader.object("itemEncoding", since: .v3_2, buildEncoding)
        _ = reader.finish()
        if let style = encoding.style, !["form", "spaceDelimited", "pipeDelimited", "deepObject"].contains(style.value)
        {
            reporter.invalidChoice(
                style, for: "style", allowed: ["form", "spaceDelimited", "pipeDelimited", "deepObject"])
        }
        return encoding
    }
}
