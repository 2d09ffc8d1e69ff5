import SpecDiagnostics
import SpecModel

/// Schemas: read keyword by keyword (one table lookup per key, so the many small schemas of large documents
/// stay cheap), with sub-schemas as `Referenceable` slots so recursive types are references, never loops.
extension DocumentBuilder {
    /// A schema from a mapping (or, from 3.1, a boolean); nil (reported) for anything else.
    func buildSchema(_ node: Node, subject: Subject) -> Schema? {
        switch node.content {
        case .mapping(let entries):
            var schema = Schema(node: node)
            for entry in entries { readKeyword(entry, into: &schema) }
            return schema
        case .scalar(let scalar):
            if version >= .v3_1, case .bool(let flag) = scalar.value {
                let schema = Schema(node: node)
                schema.booleanSchema = flag
                return schema
            }
        case .sequence:
            break
        }
        reporter.invalidType(version >= .v3_1 ? "object or boolean" : "object", for: subject, found: node)
        return nil
    }

    /// A slot holding a schema or a reference to one.
    func schemaSlot(_ node: Node, subject: Subject) -> Referenceable<Schema>? {
        referenceable(node, subject: subject, kind: .schema, buildSchema)
    }

    /// A list of schemas (`allOf`, `prefixItems`); at least one item.
    func schemaList(_ entry: Node.Entry) -> [Referenceable<Schema>] {
        guard let value = inline(entry.value), let items = values.sequence(value, for: .key(entry.name)) else {
            return []
        }
        if items.isEmpty {
            reporter.invalidValue("expected at least one schema in '\(entry.name)'", at: entry.value.span)
        }
        return items.compactMap { schemaSlot($0, subject: .item(of: entry.name)) }
    }

    /// A map of names to schemas (`properties`, `$defs`); the whole map may be a `$ref` read in place.
    func schemaMap(_ entry: Node.Entry) -> [Named<Referenceable<Schema>>] {
        guard let value = inline(entry.value), let map = values.mapping(value, for: .key(entry.name)) else {
            return []
        }
        return ObjectReader.named(map, extensions: false) { schemaSlot($0.value, subject: .key($0.name)) }
    }

    /// Reports a keyword a 3.0 schema does not know; 3.1 schemas allow any keyword.
    func unknownKeyword(_ entry: Node.Entry, since: SpecVersion?) {
        guard version == .v3_0 else { return }
        var message = "unknown field '\(entry.name)' in schema object"
        if let since, since > .v3_0 {
            message += "; '\(entry.name)' is new in openapi \(since.rawValue)"
        } else if let suggestion = Suggestions.closest(to: entry.name, in: SchemaKeyword.names3_0) {
            message += "; did you mean '\(suggestion)'?"
        }
        reporter.emit(.error, "unknown-field", message, at: entry.key.span)
    }

    /// `type`: one name (3.0) or a name or list of names (3.1), each a JSON Schema type.
    func readTypes(_ value: Node) -> [Located<String>] {
        var names: [Located<String>] = []
        if version >= .v3_1, let items = value.items {
            names = items.compactMap { values.token($0, for: .item(of: "type")) }
        } else if value.scalar != nil {
            if let name = values.token(value, for: .key("type")) { names = [name] }
        } else {
            reporter.invalidType(version >= .v3_1 ? "string or array" : "string", for: .key("type"), found: value)
        }
        let allowed = SchemaKeyword.types(for: version)
        return names.filter { name in
            guard allowed.contains(name.value) else {
                let hint = name.value == "null" ? "openapi 3.0 has no 'null' type; use 'nullable: true'" : nil
                reporter.invalidChoice(name, for: "type", allowed: allowed, hint: hint)
                return false
            }
            return true
        }
    }

    /// `additionalProperties`: a boolean or a schema.
    func readAdditionalProperties(_ value: Node) -> Schema.AdditionalProperties? {
        if case .bool(let flag)? = value.scalar?.value { return .allowed(Located(flag, at: value.span)) }
        guard value.isMapping else {
            reporter.invalidType("boolean or object", for: .key("additionalProperties"), found: value)
            return nil
        }
        return schemaSlot(value, subject: .key("additionalProperties")).map { .schema($0) }
    }

    /// `exclusiveMinimum`/`exclusiveMaximum`: a boolean in 3.0, a number in 3.1. The 3.0 form in a 3.1
    /// document is common enough (and its meaning clear enough) to be a warning rather than an error.
    func readExclusiveBound(_ entry: Node.Entry) -> Node? {
        if version >= .v3_1 {
            if case .bool? = entry.value.scalar?.value {
                reporter.emit(
                    .warning, "invalid-type",
                    "expected number for '\(entry.name)', found boolean; the boolean form is openapi 3.0's, in "
                        + "\(version.rawValue) '\(entry.name)' holds the bound itself", at: entry.value.span)
                return entry.value
            }
            return values.number(entry.value, for: .key(entry.name)) != nil ? entry.value : nil
        }
        return values.bool(entry.value, for: .key(entry.name)) != nil ? entry.value : nil
    }

    /// The Discriminator Object.
    func buildDiscriminator(_ node: Node, subject: Subject) -> Discriminator? {
        guard var reader = reader(node, object: "discriminator object", subject: subject) else { return nil }
        let node = reader.node
        var discriminator = Discriminator(node: node)
        reader.require("propertyName")
        discriminator.propertyName = reader.string("propertyName")
        discriminator.mapping =
            reader.map("mapping") { entry in
                self.values.string(entry.value, for: .key(entry.name))
            } ?? []
        _ = reader.string("defaultMapping", since: .v3_2)
        _ = reader.finish()
        return discriminator
    }

    /// The XML Object, checked and kept as written.
    func checkXML(_ node: Node, subject: Subject) -> Node? {
        guard var reader = reader(node, object: "xml object", subject: subject) else { return nil }
        let node = reader.node
        _ = reader.string("name")
        _ = reader.string("namespace")
        _ = reader.string("prefix")
        _ = reader.bool("attribute")
        _ = reader.bool("wrapped")
        _ = reader.string("nodeType", since: .v3_2)
        _ = reader.finish()
        return node
    }
}
