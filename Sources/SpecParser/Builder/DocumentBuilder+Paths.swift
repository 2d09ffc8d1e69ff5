import SpecDiagnostics
import SpecModel

/// Paths, path items, operations and callbacks.
extension DocumentBuilder {
    /// The Paths Object: templates starting with `/` mapped to path items; `x-` keys are extensions.
    func buildPaths(_ node: Node, subject: Subject) -> [Named<PathItem>]? {
        guard let node = inline(node) else { return nil }
        guard node.isMapping else {
            reporter.invalidType("object", for: subject, found: node)
            return nil
        }
        return ObjectReader.named(node, extensions: true) { entry in
            if !entry.name.hasPrefix("/") {
                reporter.invalidValue("path '\(entry.name)' must start with '/'", at: entry.key.span)
            }
            return buildPathItem(entry.value, subject: .key(entry.name))
        }
    }

    /// The Path Item Object. A `$ref` field is kept as `reference` (its target queued as a path item) and
    /// the fields beside it are read as usual.
    func buildPathItem(_ node: Node, subject: Subject) -> PathItem? {
        guard var reader = reader(node, object: "path item object", subject: subject, inline: false) else { return nil }
        var item = PathItem(node: node)
        if let entry = reader.entry("$ref") { item.reference = reference(entry, kind: .pathItem) }
        item.summary = reader.string("summary")
        item.description = reader.string("description")
        for method in HTTPMethod.allCases {
            let since: SpecVersion = method == .query ? .v3_2 : .v3_0
            guard let entry = reader.entry(method.rawValue, since: since),
                let operation = buildOperation(entry.value, subject: .key(method.rawValue))
            else { continue }
            item.operations.append(PathOperation(method: method, methodSpan: entry.key.span, operation: operation))
        }
        item.operations.sort {
            ($0.methodSpan.startLine, $0.methodSpan.startColumn) < ($1.methodSpan.startLine, $1.methodSpan.startColumn)
        }
        _ = reader.map("additionalOperations", since: .v3_2) { entry in
            self.buildOperation(entry.value, subject: .key(entry.name))
        }
        item.servers = reader.list("servers", buildServer) ?? []
        item.parameters = reader.referenceableList("parameters", kind: .parameter, builder: self, buildParameter)
        item.extensions = reader.finish()
        return item
    }

    /// The Operation Object.
    func buildOperation(_ node: Node, subject: Subject) -> Operation? {
        // An operation may be a `$ref` read in place (see `inline`); a document whose operation reaches itself
        // through callbacks that way would otherwise never stop.
        guard operationDepth < 16, var reader = reader(node, object: "operation object", subject: subject) else {
            return nil
        }
        let node = reader.node
        operationDepth += 1
        defer { operationDepth -= 1 }
        var operation = Operation(node: node)
        if version == .v3_0 { reader.require("responses") }
        operation.tags = reader.strings("tags") ?? []
        operation.summary = reader.string("summary")
        operation.description = reader.string("description")
        operation.externalDocs = reader.object("externalDocs", buildExternalDocs)
        operation.operationId = reader.string("operationId")
        operation.parameters = reader.referenceableList("parameters", kind: .parameter, builder: self, buildParameter)
        operation.requestBody = reader.referenceable(
            "requestBody", kind: .requestBody, builder: self, buildRequestBody)
        operation.responses = reader.object("responses", buildResponses)
        operation.callbacks = reader.referenceableMap("callbacks", kind: .callback, builder: self, buildCallback)
        operation.deprecated = reader.bool("deprecated")
        operation.security = reader.list("security", buildSecurityRequirement)
        operation.servers = reader.list("servers", buildServer) ?? []
        operation.extensions = reader.finish()
        return operation
    }

    /// The Callback Object: runtime expressions mapped to path items; `x-` keys are extensions.
    func buildCallback(_ node: Node, subject: Subject) -> Callback? {
        guard node.isMapping else {
            reporter.invalidType("object", for: subject, found: node)
            return nil
        }
        var callback = Callback(node: node)
        callback.expressions = ObjectReader.named(node, extensions: true) { entry in
            referenceable(entry.value, subject: .key(entry.name), kind: .pathItem, buildPathItem)
        }
        return callback
    }
}
