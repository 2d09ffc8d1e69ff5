import SpecDiagnostics
import SpecModel

extension NormalizationContext {
    /// Every named schema, sorted by name: root components (a component that only refers to a schema named
    /// otherwise becomes an alias), then every other schema a reference reaches.
    func namedSchemas() -> [NamedSchema] {
        var schemas: [NamedSchema] = []
        for component in SchemaNamer.firstByName(document.openAPI.components?.schemas ?? []) {
            let name = SchemaName(rawValue: component.name)
            switch component.value {
            case .value(let value):
                schemas.append(NamedSchema(name: name, schema: schema(value)))
            case .reference(let reference):
                // The component that lent its name to its target is listed with the target's content below.
                if let target = reference.target, namer.claimed[target] == component.name { continue }
                var alias = NormalizedSchema()
                alias.reference = reference.target.flatMap(namer.name(of:))
                schemas.append(NamedSchema(name: name, schema: alias))
            }
        }
        for (target, name) in namer.names where !namer.componentNames.contains(name.rawValue) {
            schemas.append(NamedSchema(name: name, schema: document.store.schemas[target].map(schema) ?? .init()))
        }
        for (target, name) in namer.claimed {
            schemas.append(
                NamedSchema(
                    name: SchemaName(rawValue: name), schema: document.store.schemas[target].map(schema) ?? .init()))
        }
        return schemas.sorted { $0.name < $1.name }
    }

    /// A schema slot: a reference becomes its target's name; an unresolved one, an empty schema.
    func schemaUse(_ slot: Referenceable<Schema>) -> SchemaUse {
        switch slot {
        case .value(let value): .inline(schema(value))
        case .reference(let reference): reference.target.flatMap(namer.name(of:)).map { .named($0) } ?? .inline(.init())
        }
    }

    /// A schema with its sub-schemas converted.
    func schema(_ source: Schema) -> NormalizedSchema {
        var schema = NormalizedSchema()
        schema.reference = source.reference?.target.flatMap(namer.name(of:))
        schema.booleanSchema = source.booleanSchema
        schema.types = source.types.map(\.value)
        schema.nullable = source.allowsNull
        schema.format = source.format?.value
        schema.title = source.title?.value
        schema.description = source.description?.value
        schema.enumValues = source.enumValues?.map(JSONValue.init(node:))
        schema.constValue = source.constValue.map(JSONValue.init(node:))
        schema.defaultValue = source.defaultValue.map(JSONValue.init(node:))
        schema.examples = ((source.example.map { [$0] } ?? []) + (source.examples ?? [])).map(JSONValue.init(node:))
        let required = source.required.map(\.value)
        let requiredSet = Set(required)
        schema.properties = source.properties.map {
            SchemaProperty(name: $0.name, schema: schemaUse($0.value), isRequired: requiredSet.contains($0.name))
        }
        schema.required = required
        switch source.additionalProperties {
        case .allowed(let flag)?: schema.additionalProperties = .allowed(flag.value)
        case .schema(let slot)?: schema.additionalProperties = .schema(schemaUse(slot))
        case nil: break
        }
        schema.minProperties = source.minProperties?.value
        schema.maxProperties = source.maxProperties?.value
        schema.items = source.items.map(schemaUse)
        schema.prefixItems = source.prefixItems.map(schemaUse)
        schema.minItems = source.minItems?.value
        schema.maxItems = source.maxItems?.value
        schema.uniqueItems = source.uniqueItems?.value ?? false
        schema.allOf = source.allOf.map(schemaUse)
        schema.oneOf = source.oneOf.map(schemaUse)
        schema.anyOf = source.anyOf.map(schemaUse)
        schema.not = source.not.map(schemaUse)
        schema.discriminator = source.discriminator.flatMap(discriminator)
        schema.minimum = source.minimum?.value
        schema.maximum = source.maximum?.value
        (schema.minimum, schema.exclusiveMinimum) = NormalizationContext.bound(schema.minimum, source.exclusiveMinimum)
        (schema.maximum, schema.exclusiveMaximum) = NormalizationContext.bound(schema.maximum, source.exclusiveMaximum)
        schema.multipleOf = source.multipleOf?.value
        schema.minLength = source.minLength?.value
        schema.maxLength = source.maxLength?.value
        schema.pattern = source.pattern?.value
        schema.readOnly = source.readOnly?.value ?? false
        schema.writeOnly = source.writeOnly?.value ?? false
        schema.deprecated = source.deprecated?.value ?? false
        return schema
    }

    /// The inclusive and exclusive bound: 3.0 `exclusiveMinimum: true` moves `minimum` to the exclusive
    /// side; a 3.1 number is the exclusive bound itself.
    static func bound(_ inclusive: Double?, _ exclusive: Node?) -> (Double?, Double?) {
        switch exclusive?.scalar?.value {
        case .bool(true)?: (nil, inclusive)
        case .int(let value)?: (inclusive, Double(value))
        case .double(let value)?: (inclusive, value)
        default: (inclusive, nil)
        }
    }

    /// A discriminator whose mapping values (component names or references) are resolved to schema names.
    private func discriminator(_ source: Discriminator) -> NormalizedDiscriminator? {
        guard let propertyName = source.propertyName?.value else { return nil }
        let mapping = source.mapping.compactMap { entry -> DiscriminatorCase? in
            let written = entry.value.value
            let name: SchemaName?
            if namer.componentNames.contains(written) {
                name = SchemaName(rawValue: written)
            } else if case .resolved(let target) = document.files.resolve(written, from: source.node.span.file) {
                let tokens = target.pointer.tokens
                if target.file == document.files.rootFile, tokens.count == 3, tokens[0] == "components",
                    tokens[1] == "schemas", namer.componentNames.contains(tokens[2])
                {
                    name = SchemaName(rawValue: tokens[2])
                } else {
                    name = namer.name(of: target)
                }
            } else {
                name = nil
            }
            return name.map { DiscriminatorCase(value: entry.name, schema: $0) }
        }
        return NormalizedDiscriminator(propertyName: propertyName, mapping: mapping)
    }
}

extension JSONValue {
    /// The value a node holds, as written (a `$ref` inside is data, not followed); with repeated keys, the
    /// first wins, and a float with an integral value that fits 64 bits is an integer.
    init(node: Node) {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: self = .null
            case .bool(let value): self = .bool(value)
            case .int(let value): self = .int(value)
            case .double(let value):
                // `1.0` is the integer 1, as in the canonical hash; this also keeps a JSON round trip equal.
                if value.rounded() == value, abs(value) < 0x1p63 {
                    self = .int(Int64(value))
                } else {
                    self = .double(value)
                }
            case .string(let value): self = .string(value)
            }
        case .sequence(let items):
            self = .array(items.map(JSONValue.init(node:)))
        case .mapping(let entries):
            var object: [String: JSONValue] = [:]
            for entry in entries where object[entry.name] == nil { object[entry.name] = JSONValue(node: entry.value) }
            self = .object(object)
        }
    }
}
