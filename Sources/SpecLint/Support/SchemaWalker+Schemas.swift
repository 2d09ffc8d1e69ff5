import SpecModel

extension SchemaWalker {
    /// Visits a schema and every inline schema inside it; references inside are reported, not followed.
    ///
    /// Schemas are large values and inline children sit in indirect enum boxes: the walk borrows them and
    /// reaches children by index, so walking copies no schema (a third of stripe's lint time otherwise).
    mutating func walk(schema: borrowing Schema, edges: [SchemaVisit.Edge]) {
        guard markSeen(schema.node) else { return }
        let number = nextSchemaNumber()
        visitor.visit(schema: schema, edges: edges)
        if let reference = schema.reference { visitor.visit(reference: reference) }

        // Structural children start a new chain: a property is its own schema, not part of its parent's value.
        for index in schema.properties.indices { walkChild(schema.properties[index].value, edges: []) }
        for index in schema.patternProperties.indices { walkChild(schema.patternProperties[index].value, edges: []) }
        if case .schema(let slot)? = schema.additionalProperties { walkChild(slot, edges: []) }
        if schema.propertyNames != nil { walkChild(schema.propertyNames!, edges: []) }
        if schema.items != nil { walkChild(schema.items!, edges: []) }
        for index in schema.prefixItems.indices { walkChild(schema.prefixItems[index], edges: []) }
        if schema.contains != nil { walkChild(schema.contains!, edges: []) }

        // Applicator children apply to the same value as their parent.
        func chain(_ keyword: SchemaVisit.Keyword) -> [SchemaVisit.Edge] {
            edges + [SchemaVisit.Edge(parent: number, keyword: keyword)]
        }
        for index in schema.allOf.indices { walkChild(schema.allOf[index], edges: chain(.allOf)) }
        for index in schema.anyOf.indices { walkChild(schema.anyOf[index], edges: chain(.anyOf)) }
        for index in schema.oneOf.indices { walkChild(schema.oneOf[index], edges: chain(.oneOf)) }
        if schema.not != nil { walkChild(schema.not!, edges: chain(.not)) }
        if schema.ifSchema != nil { walkChild(schema.ifSchema!, edges: chain(.ifSchema)) }
        if schema.thenSchema != nil { walkChild(schema.thenSchema!, edges: chain(.thenSchema)) }
        if schema.elseSchema != nil { walkChild(schema.elseSchema!, edges: chain(.elseSchema)) }
    }

    private mutating func walkChild(_ slot: borrowing Referenceable<Schema>, edges: [SchemaVisit.Edge]) {
        switch slot {
        case .reference(let reference): visitor.visit(reference: reference)
        case .value(let child): walk(schema: child, edges: edges)
        }
    }
}
