import SpecDiagnostics
import SpecModel

extension DocumentBuilder {
    /// Reads one schema keyword into `schema`.
    func readKeyword(_ entry: Node.Entry, into schema: inout Schema) {
        guard let known = SchemaKeyword.table[entry.name], version >= known.since,
            known.until.map({ version <= $0 }) ?? true
        else {
            if entry.name.hasPrefix("x-") {
                schema.extensions.append(Named(name: entry.name, nameSpan: entry.key.span, value: entry.value))
            } else {
                unknownKeyword(entry, since: SchemaKeyword.table[entry.name]?.since)
            }
            return
        }
        let value = entry.value
        let subject = Subject.key(entry.name)
        switch known.keyword {
        case .reference: schema.reference = reference(entry, kind: .schema)
        case .type: schema.types = readTypes(value)
        case .format: schema.format = values.string(value, for: subject)
        case .title: schema.title = values.string(value, for: subject)
        case .description: schema.description = values.string(value, for: subject)
        case .nullable: schema.nullable = values.bool(value, for: subject)
        case .constValue: schema.constValue = value
        case .enumValues:
            if values.sequence(value, for: subject) != nil {
                schema.enumValues = value.items
                schema.enumNode = value
            }
        case .defaultValue: schema.defaultValue = value
        case .example: schema.example = value
        case .examples: schema.examples = values.sequence(value, for: subject)
        case .properties: schema.properties = schemaMap(entry)
        case .patternProperties: schema.patternProperties = schemaMap(entry)
        case .required: schema.required = values.strings(value, named: entry.name) ?? []
        case .additionalProperties: schema.additionalProperties = readAdditionalProperties(value)
        case .propertyNames: schema.propertyNames = schemaSlot(value, subject: subject)
        case .minProperties: schema.minProperties = values.count(value, for: subject)
        case .maxProperties: schema.maxProperties = values.count(value, for: subject)
        case .items: schema.items = schemaSlot(value, subject: subject)
        case .prefixItems: schema.prefixItems = schemaList(entry)
        case .contains: schema.contains = schemaSlot(value, subject: subject)
        case .minItems: schema.minItems = values.count(value, for: subject)
        case .maxItems: schema.maxItems = values.count(value, for: subject)
        case .uniqueItems: schema.uniqueItems = values.bool(value, for: subject)
        case .minContains, .maxContains: _ = values.count(value, for: subject)
        case .allOf: schema.allOf = schemaList(entry)
        case .oneOf: schema.oneOf = schemaList(entry)
        case .anyOf: schema.anyOf = schemaList(entry)
        case .not: schema.not = schemaSlot(value, subject: subject)
        case .ifSchema: schema.ifSchema = schemaSlot(value, subject: subject)
        case .thenSchema: schema.thenSchema = schemaSlot(value, subject: subject)
        case .elseSchema: schema.elseSchema = schemaSlot(value, subject: subject)
        case .discriminator: schema.discriminator = buildDiscriminator(value, subject: subject)
        case .minimum: schema.minimum = values.number(value, for: subject)
        case .maximum: schema.maximum = values.number(value, for: subject)
        case .exclusiveMinimum: schema.exclusiveMinimum = readExclusiveBound(entry)
        case .exclusiveMaximum: schema.exclusiveMaximum = readExclusiveBound(entry)
        case .multipleOf:
            schema.multipleOf = values.number(value, for: subject)
            if let multiple = schema.multipleOf, multiple.value <= 0 {
                reporter.invalidValue(
                    "expected a number above 0 for 'multipleOf', found \(value.scalar?.text ?? "")", at: value.span)
            }
        case .minLength: schema.minLength = values.count(value, for: subject)
        case .maxLength: schema.maxLength = values.count(value, for: subject)
        case .pattern: schema.pattern = values.string(value, for: subject)
        case .readOnly: schema.readOnly = values.bool(value, for: subject)
        case .writeOnly: schema.writeOnly = values.bool(value, for: subject)
        case .deprecated: schema.deprecated = values.bool(value, for: subject)
        case .xml: schema.xml = checkXML(value, subject: subject)
        case .externalDocs: schema.externalDocs = buildExternalDocs(value, subject: subject)
        case .subschemaMap: _ = schemaMap(entry)
        case .subschema: _ = schemaSlot(value, subject: subject)
        case .stringAnnotation: _ = values.string(value, for: subject)
        case .dependentRequired:
            if let map = values.mapping(value, for: subject) {
                for dependency in map.entries ?? [] { _ = values.strings(dependency.value, named: dependency.name) }
            }
        case .vocabulary:
            if let map = values.mapping(value, for: subject) {
                for uri in map.entries ?? [] { _ = values.bool(uri.value, for: .key(uri.name)) }
            }
        }
    }
}
