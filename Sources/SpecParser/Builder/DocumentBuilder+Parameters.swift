import SpecDiagnostics
import SpecModel

/// Parameters and headers: the two objects that describe one serialized value.
extension DocumentBuilder {
    private static let locations3_0 = ["query", "header", "path", "cookie"]
    private static let styles = [
        "matrix", "label", "simple", "form", "spaceDelimited", "pipeDelimited", "deepObject", "cookie",
    ]
    private static let stylesByLocation: [String: [String]] = [
        "path": ["matrix", "label", "simple"],
        "query": ["form", "spaceDelimited", "pipeDelimited", "deepObject"],
        "header": ["simple"],
        "cookie": ["form", "cookie"],
    ]

    /// The Parameter Object.
    func buildParameter(_ node: Node, subject: Subject) -> Parameter? {
        guard var reader = reader(node, object: "parameter object", subject: subject) else { return nil }
        let node = reader.node
        var parameter = Parameter(node: node)
        reader.require("name", "in")
        parameter.name = reader.string("name")
        let location = reader.token("in")
        parameter.description = reader.string("description")
        parameter.required = reader.bool("required")
        parameter.deprecated = reader.bool("deprecated")
        parameter.allowEmptyValue = reader.bool("allowEmptyValue")
        parameter.style = reader.token("style")
        parameter.explode = reader.bool("explode")
        parameter.allowReserved = reader.bool("allowReserved")
        parameter.schema = reader.referenceable("schema", kind: .schema, builder: self, buildSchema)
        parameter.content =
            reader.map("content") { entry in
                self.buildMediaType(entry.value, subject: .key(entry.name))
            } ?? []
        parameter.example = reader.any("example")
        parameter.examples = reader.referenceableMap("examples", kind: .example, builder: self, buildExample)
        parameter.extensions = reader.finish()

        if let location {
            parameter.location = checkLocation(location, of: parameter)
        }
        checkStyle(parameter.style, location: parameter.location?.value.rawValue)
        checkSchemaOrContent(node, requireOne: true, what: "a parameter")
        return parameter
    }

    /// The Header Object: a parameter without `name` and `in`, always in the `simple` style.
    func buildHeader(_ node: Node, subject: Subject) -> Header? {
        guard var reader = reader(node, object: "header object", subject: subject) else { return nil }
        let node = reader.node
        var header = Header(node: node)
        header.description = reader.string("description")
        header.required = reader.bool("required")
        header.deprecated = reader.bool("deprecated")
        _ = reader.bool("allowEmptyValue")
        header.style = reader.token("style")
        header.explode = reader.bool("explode")
        _ = reader.bool("allowReserved")
        header.schema = reader.referenceable("schema", kind: .schema, builder: self, buildSchema)
        header.content =
            reader.map("content") { entry in
                self.buildMediaType(entry.value, subject: .key(entry.name))
            } ?? []
        header.example = reader.any("example")
        header.examples = reader.referenceableMap("examples", kind: .example, builder: self, buildExample)
        header.extensions = reader.finish()
        checkStyle(header.style, location: "header")
        checkSchemaOrContent(node, requireOne: false, what: "a header")
        return header
    }

    private func checkLocation(_ location: Located<String>, of parameter: Parameter) -> Located<ParameterLocation>? {
        let allowed = version >= .v3_2 ? DocumentBuilder.locations3_0 + ["querystring"] : DocumentBuilder.locations3_0
        guard allowed.contains(location.value), let value = ParameterLocation(rawValue: location.value) else {
            var hint: String?
            if location.value == "body" || location.value == "formData" {
                hint = "'\(location.value)' parameters are swagger 2.0; openapi 3 uses 'requestBody'"
            } else if location.value == "querystring" {
                hint = "'querystring' is new in openapi 3.2"
            }
            reporter.invalidChoice(location, for: "in", allowed: allowed, hint: hint)
            return nil
        }
        if value == .path && parameter.required?.value != true {
            let name = parameter.name.map { " '\($0.value)'" } ?? ""
            reporter.invalidValue(
                "path parameter\(name) must have 'required: true'", at: parameter.required?.span ?? location.span)
        }
        return Located(value, at: location.span)
    }

    private func checkStyle(_ style: Located<String>?, location: String?) {
        guard let style else { return }
        guard DocumentBuilder.styles.contains(style.value), style.value != "cookie" || version >= .v3_2 else {
            let allowed = DocumentBuilder.styles.filter { $0 != "cookie" || version >= .v3_2 }
            reporter.invalidChoice(style, for: "style", allowed: allowed)
            return
        }
        guard let location, var allowed = DocumentBuilder.stylesByLocation[location] else { return }
        if version < .v3_2 { allowed.removeAll { $0 == "cookie" } }
        if !allowed.contains(style.value) {
            reporter.invalidValue(
                "style '\(style.value)' is not allowed in \(location); expected \(BuildReporter.list(allowed))",
                at: style.span)
        }
    }

    /// Exactly one of `schema` and `content` (headers may omit both), `content` with one media type, and at
    /// most one of `example` and `examples`.
    func checkSchemaOrContent(_ node: Node, requireOne: Bool, what: String) {
        let schema = node.entry("schema")
        let content = node.entry("content")
        if let content, schema != nil {
            reporter.invalidValue("\(what) takes 'schema' or 'content', not both", at: content.key.span)
        } else if requireOne && schema == nil && content == nil {
            reporter.invalidValue("\(what) needs 'schema' or 'content'", at: node.span)
        }
        if let content, let count = content.value.entries?.count, count != 1 {
            reporter.invalidValue("expected exactly one media type in 'content', found \(count)", at: content.key.span)
        }
        checkExampleOrExamples(node, what: what)
    }

    /// At most one of `example` and `examples`.
    func checkExampleOrExamples(_ node: Node, what: String) {
        if node.entry("example") != nil, let examples = node.entry("examples") {
            reporter.invalidValue("\(what) takes 'example' or 'examples', not both", at: examples.key.span)
        }
    }
}
