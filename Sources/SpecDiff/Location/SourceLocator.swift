import SpecDiagnostics
import SpecModel

/// Finds where a `DiffPath` points in a document as written: the key of the property, parameter, status or
/// keyword that changed. References are followed, so a change inside a shared schema lands in that schema.
/// A step that cannot be followed stops the walk at the last place found, which is still near the change.
struct SourceLocator {
    let document: RawDocument

    /// What the walk stands on.
    private enum Cursor {
        case document
        case operation(PathItem?, Operation)
        case parameter(Parameter)
        case requestBody(RequestBody)
        case response(Response)
        case header(Header)
        case mediaType(MediaType)
        case schema(Schema)
        case lost
    }

    /// The span `steps` lead to from `operation` (from the document when nil), on one side.
    func span(operation: OperationRef?, steps: [DiffPath.Step], side: Side) -> SourceSpan? {
        var cursor = Cursor.document
        var span: SourceSpan? = nil
        if let operation {
            guard let (item, entry) = self.operation(operation) else { return nil }
            cursor = .operation(item, entry.operation)
            span = entry.methodSpan
        }
        for step in steps {
            guard let (next, found) = follow(step, from: cursor, side: side) else { break }
            cursor = next
            span = found ?? span
        }
        return span
    }

    /// The path item and operation `ref` names.
    func operation(_ ref: OperationRef) -> (PathItem?, PathOperation)? {
        let item: PathItem?
        if ref.isWebhook {
            item = document.openAPI.webhooks.first { $0.name == ref.path }.flatMap { webhook in
                switch webhook.value {
                case .value(let value): value
                case .reference(let reference): reference.target.flatMap { document.store.pathItems[$0] }
                }
            }
        } else {
            item = document.pathItems.first { $0.name == ref.path }?.value
        }
        guard let item, let entry = item.operations.first(where: { $0.method == ref.method }) else { return nil }
        return (item, entry)
    }

    private func follow(_ step: DiffPath.Step, from cursor: Cursor, side: Side) -> (Cursor, SourceSpan?)? {
        switch (step, cursor) {
        case (.server(let url), .document):
            let server = document.openAPI.servers.first { $0.url?.value == url }
            return server.map { (.lost, $0.url?.span ?? $0.node.span) }
        case (.operationKey(let key), .operation(_, let operation)):
            return (cursor, operation.node.entry(key)?.key.span)
        case (.parameter(let key), .operation(let item, let operation)):
            let name = key.name(on: side)
            let slots = operation.parameters + (item?.parameters ?? [])
            for slot in slots {
                guard let parameter = document.parameter(slot), parameter.location?.value.rawValue == key.location,
                    let written = parameter.name?.value,
                    key.location == "header" ? written.lowercased() == name.lowercased() : written == name
                else { continue }
                return (.parameter(parameter), parameter.node.entry("name")?.key.span ?? parameter.node.span)
            }
            return nil
        case (.requestBody, .operation(_, let operation)):
            guard let body = operation.requestBody.flatMap(document.requestBody) else { return nil }
            return (.requestBody(body), operation.node.entry("requestBody")?.key.span)
        case (.response(let status), .operation(_, let operation)):
            guard let entry = operation.responses?.entries.first(where: { $0.name == status }),
                let response = document.response(entry.value)
            else { return nil }
            return (.response(response), entry.nameSpan)
        case (.header(let name), .response(let response)):
            guard let entry = response.headers.first(where: { $0.name.lowercased() == name.lowercased() }),
                let header = document.header(entry.value)
            else { return nil }
            return (.header(header), entry.nameSpan)
        case (.mediaType(let name), _):
            guard let entry = content(of: cursor).first(where: { $0.name.lowercased() == name.lowercased() }) else {
                return nil
            }
            return (.mediaType(entry.value), entry.nameSpan)
        case (.schema, _):
            guard let (slot, node) = schemaSlot(of: cursor), let schema = document.schema(slot) else { return nil }
            return (.schema(schema), node.entry("schema")?.key.span)
        case (.property(let name), .schema(let schema)):
            guard let (entry, _) = SchemaMembers(document: document).property(name, of: schema),
                let target = document.schema(entry.value)
            else { return nil }
            return (.schema(target), entry.nameSpan)
        case (.items, .schema(let schema)):
            guard let slot = SchemaMembers(document: document).first(of: schema, \.items),
                let target = document.schema(slot.0)
            else { return nil }
            return (.schema(target), slot.1.node.entry("items")?.key.span)
        case (.additionalProperties, .schema(let schema)):
            guard case .schema(let slot)? = schema.additionalProperties, let target = document.schema(slot) else {
                return nil
            }
            return (.schema(target), schema.node.entry("additionalProperties")?.key.span)
        case (.variant(let kind, let index), .schema(let schema)):
            let variants = kind == .oneOf ? schema.oneOf : schema.anyOf
            guard index < variants.count, let target = document.schema(variants[index]) else { return nil }
            return (.schema(target), variants[index].reference?.span ?? target.node.span)
        case (.keyword(let key), .schema(let schema)):
            return (cursor, SchemaMembers(document: document).keySpan(key, of: schema))
        default:
            return nil
        }
    }

    private func content(of cursor: Cursor) -> [Named<MediaType>] {
        switch cursor {
        case .parameter(let parameter): parameter.content
        case .requestBody(let body): body.content
        case .response(let response): response.content
        case .header(let header): header.content
        default: []
        }
    }

    private func schemaSlot(of cursor: Cursor) -> (Referenceable<Schema>, Node)? {
        switch cursor {
        case .parameter(let parameter):
            parameter.schema.map { ($0, parameter.node) }
                ?? parameter.content.first?.value.schema.map { ($0, parameter.content[0].value.node) }
        case .header(let header):
            header.schema.map { ($0, header.node) }
                ?? header.content.first?.value.schema.map { ($0, header.content[0].value.node) }
        case .mediaType(let media): media.schema.map { ($0, media.node) }
        default: nil
        }
    }
}
