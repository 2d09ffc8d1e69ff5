import SpecNormalizer

/// What Swift shape a schema takes.
enum SchemaKind {
    /// An object with properties (possibly merged from `allOf`) → struct.
    case object
    /// An object with no properties and no typed extra values → `OpenAPIObjectContainer`.
    case freeFormObject
    /// An object with no properties whose values share a schema → `[String: T]`.
    case dictionary(SchemaUse)
    /// An array → `[T]`.
    case array(SchemaUse?)
    /// A string enum (`rawType` `Swift.String`) or integer enum (`Swift.Int`) → enum with a catch-all case.
    case enumeration(rawType: String)
    /// `oneOf`/`anyOf` with several alternatives → enum with one case each.
    case choice([SchemaUse])
    /// A wrapper around one other schema (`allOf: [$ref]`, a single-alternative `oneOf`) → that schema's type.
    case single(SchemaUse)
    /// A JSON primitive → a Swift standard type.
    case primitive(String)
    /// Anything (no type, several types, mixed `allOf`) → `OpenAPIValueContainer`.
    case any
}

extension TypeBuilder {
    /// The kind of `schema`.
    func kind(of schema: NormalizedSchema, depth: Int = 0) -> SchemaKind {
        if schema.booleanSchema != nil { return .any }
        // A 3.1 `$ref` whose siblings only annotate or restate the type is the referenced schema (openai writes
        // `nullable: true` or `type: object` beside it).
        if let reference = schema.reference {
            var siblings = schema
            siblings.reference = nil
            siblings.types = []
            if SchemaUse.inline(siblings).isAnnotationOnly { return .single(.named(reference)) }
        }
        let types = schema.types.filter { $0 != "null" }
        if let values = schema.enumValues, !values.isEmpty {
            let concrete = values.filter { $0 != .null }
            if !concrete.isEmpty, concrete.allSatisfy({ if case .string = $0 { true } else { false } }) {
                return .enumeration(rawType: "Swift.String")
            }
            if !concrete.isEmpty, types.allSatisfy({ $0 == "integer" }),
                concrete.allSatisfy({ if case .int = $0 { true } else { false } })
            {
                return .enumeration(rawType: "Swift.Int")
            }
        }
        let alternatives = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        // Alternatives that only list required keys constrain the object beside them and add no shape (ghes
        // and openai: `oneOf: [{required: [a]}, {required: [b]}]` next to `properties`).
        if !alternatives.isEmpty && !alternatives.allSatisfy(\.isAnnotationOnly) {
            let nonNull = alternatives.filter { !isNullSchema($0) }
            if nonNull.count == 1 && schema.properties.isEmpty { return .single(nonNull[0]) }
            if nonNull.isEmpty { return .any }
            return .choice(nonNull)
        }
        // Members that only annotate add no shape: `allOf: [$ref: User, {description: ...}]` is a User (box,
        // digitalocean and openai write a description, `nullable` or a `required` list this way).
        let shaping = schema.allOf.filter { !$0.isAnnotationOnly }
        if !shaping.isEmpty {
            if shaping.count == 1 && schema.properties.isEmpty && schema.additionalProperties == nil {
                return .single(shaping[0])
            }
            let objectLike = shaping.allSatisfy { isObjectLike($0, depth: depth + 1) }
            return objectLike ? .object : .any
        }
        if types.count > 1 { return .any }
        let type = types.first ?? inferredType(schema)
        switch type {
        case "object":
            if !schema.properties.isEmpty { return .object }
            if case .schema(let values)? = schema.additionalProperties { return .dictionary(values) }
            return .freeFormObject
        case "array": return .array(schema.items)
        case "string", "integer", "number", "boolean": return .primitive(type!)
        default: return .any
        }
    }

    /// The type a schema without `type` implies from its keywords.
    private func inferredType(_ schema: NormalizedSchema) -> String? {
        if !schema.properties.isEmpty || schema.additionalProperties != nil { return "object" }
        if schema.items != nil { return "array" }
        switch schema.constValue {
        case .string?: return "string"
        case .int?: return "integer"
        case .double?: return "number"
        case .bool?: return "boolean"
        default: return nil
        }
    }

    /// `{type: null}` (3.1) or `{nullable: true}` with nothing else (3.0 style alternatives).
    func isNullSchema(_ use: SchemaUse) -> Bool {
        guard case .inline(let schema) = use else { return false }
        return schema.types == ["null"] || (schema.enumValues == [.null])
    }

    /// Whether `use` is an object whose properties can be merged into an `allOf` struct.
    func isObjectLike(_ use: SchemaUse, depth: Int) -> Bool {
        guard depth < 32, let schema = resolve(use) else { return false }
        switch kind(of: schema, depth: depth) {
        case .object, .freeFormObject, .dictionary: return true
        case .single(let inner): return isObjectLike(inner, depth: depth + 1)
        default: return false
        }
    }

    /// The schema `use` stands for (following a name).
    func resolve(_ use: SchemaUse) -> NormalizedSchema? {
        switch use {
        case .named(let name): schemas[name]
        case .inline(let schema): schema
        }
    }
}

extension SchemaUse {
    /// An inline schema with no keyword that shapes a value (only a description, `nullable`, `required`,
    /// examples..., or sub-schemas that are all like that, as digitalocean's
    /// `anyOf: [{required: [droplet_ids]}, {required: [tags]}]`): as an `allOf` member it adds nothing to the
    /// Swift type.
    var isAnnotationOnly: Bool {
        guard case .inline(let schema) = self else { return false }
        return schema.reference == nil && schema.booleanSchema == nil && schema.types.isEmpty
            && schema.enumValues == nil && schema.constValue == nil && schema.properties.isEmpty
            && schema.additionalProperties == nil && schema.items == nil && schema.prefixItems.isEmpty
            && (schema.allOf + schema.oneOf + schema.anyOf).allSatisfy(\.isAnnotationOnly)
    }
}
