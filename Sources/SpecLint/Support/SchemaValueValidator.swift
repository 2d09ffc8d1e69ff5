import SpecModel

/// Checks a value against a schema, the way a JSON Schema validator would, and says what is wrong and where.
///
/// Lint uses it for `example`, `default` and `enum` entries; request validation can reuse it for bodies.
/// Covered: `type` (3.0 `nullable` and 3.1 type lists), `enum`, `const`, clear-cut formats (`SchemaFormat`),
/// number bounds and `multipleOf`, string lengths and `pattern`, array sizes, `uniqueItems`, `items`,
/// `prefixItems`, `contains`, object sizes, `required`, `properties`, `patternProperties`,
/// `additionalProperties`, `propertyNames`, `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else` and `$ref`.
///
/// Deliberate leniencies, so lint does not call valid documents wrong:
/// - `oneOf` is checked like `anyOf` (at least one variant matches); proving "exactly one" would flag the many
///   documents whose variants overlap (an object variant without `additionalProperties: false` matches nearly
///   anything), and a discriminator already picks the variant when the value names one.
/// - `null` passes any schema that allows it (3.0 `nullable: true`, or `null` in a 3.1 type list), before
///   `enum` and composition are looked at: `nullable: true` beside `allOf: [$ref]` is the usual 3.0 way to
///   say "a nullable reference". `nullable: true` left in a 3.1 document (where it is no keyword, and the
///   model drops it) is honoured too: its meaning is plain, and the leftover keyword is a different problem
///   from the value.
/// - A missing `required` property whose schema is `readOnly` or `writeOnly` is accepted: examples of request
///   and response bodies leave those out.
/// - Unresolved references, unknown type names and patterns that do not compile are skipped (other rules
///   report them).
///
/// A schema that refers back to itself is checked as deep as the value goes and no deeper; a cycle of
/// references that consumes no part of the value (`A: {allOf: [$ref: B]}`, `B: {allOf: [$ref: A]}`) is cut
/// at its second turn.
public final class SchemaValueValidator {
    /// Finds the schema a reference names; nil when it names none.
    public typealias Resolver = (Reference) -> Schema?

    /// Nesting of schema applications past which the rest of a value is accepted unchecked.
    public static let maxDepth = 256

    private let resolver: Resolver
    let patterns: SchemaPatternCache
    private var enumCache: [ObjectIdentifier: [SchemaValue]] = [:]
    /// Each object schema's properties by name, built once per schema (an array of a hundred GHES repositories
    /// would otherwise rebuild the same table a hundred times).
    private var declaredCache: [ObjectIdentifier: [String: Referenceable<Schema>]] = [:]
    /// Schemas being applied, by node and value depth: the same pair twice on the stack is a reference cycle.
    private var active: Set<ActiveKey> = []

    private struct ActiveKey: Hashable {
        var schema: ObjectIdentifier
        var depth: Int
    }

    /// The properties `schema` declares, by name (the first of duplicate names wins).
    func declaredProperties(of schema: Schema) -> [String: Referenceable<Schema>] {
        let key = ObjectIdentifier(schema)
        if let cached = declaredCache[key] { return cached }
        var declared: [String: Referenceable<Schema>] = [:]
        declared.reserveCapacity(schema.properties.count)
        for property in schema.properties where declared[property.name] == nil {
            declared[property.name] = property.value
        }
        declaredCache[key] = declared
        return declared
    }

    /// Creates a validator resolving references with `resolve`.
    public init(patterns: SchemaPatternCache = SchemaPatternCache(), resolve: @escaping Resolver) {
        self.patterns = patterns
        self.resolver = resolve
    }

    /// Creates a validator resolving references through a document's component store.
    public convenience init(document: RawDocument, patterns: SchemaPatternCache = SchemaPatternCache()) {
        let store = document.store
        self.init(patterns: patterns) { reference in reference.target.flatMap { store.schemas[$0] } }
    }

    /// The first problem with `value` under `schema`, or nil when it matches. With `ignoringEnum`, the
    /// schema's own `enum` is not applied (to check the enum's entries themselves); nested enums still are.
    public func validate(_ value: SchemaValue, against schema: Schema, ignoringEnum: Bool = false)
        -> SchemaValueFailure?
    {
        var path: [String] = []
        return check(value, schema, &path, depth: 0, ignoringEnum: ignoringEnum)
    }

    /// The first problem with `value` under the schema a slot names; nil when it matches or cannot be resolved.
    public func validate(_ value: SchemaValue, against slot: Referenceable<Schema>) -> SchemaValueFailure? {
        guard let schema = resolve(slot) else { return nil }
        return validate(value, against: schema)
    }

    /// The schema a slot names.
    func resolve(_ slot: Referenceable<Schema>) -> Schema? {
        switch slot {
        case .value(let schema): return schema
        case .reference(let reference): return resolver(reference)
        }
    }

    /// Applies every keyword of `schema` to `value`, returning the first failure.
    func check(
        _ value: SchemaValue, _ schema: Schema, _ path: inout [String], depth: Int, ignoringEnum: Bool = false
    ) -> SchemaValueFailure? {
        if let accepts = schema.booleanSchema {
            return accepts
                ? nil : SchemaValueFailure(path: path, message: "no value is allowed here (the schema is 'false')")
        }
        guard depth < SchemaValueValidator.maxDepth else { return nil }
        let key = ActiveKey(schema: ObjectIdentifier(schema.node), depth: path.count)
        guard active.insert(key).inserted else { return nil }
        defer { active.remove(key) }

        if case .null = value, SchemaValueValidator.allowsNull(schema) { return nil }
        if let reference = schema.reference, let target = resolver(reference),
            let failure = check(value, target, &path, depth: depth + 1)
        {
            return failure
        }
        if let failure = checkType(value, schema, path) { return failure }
        if !ignoringEnum, let failure = checkEnum(value, schema, path) { return failure }
        if let constant = schema.constValue, let expected = SchemaValue(node: constant), !value.isEqual(to: expected) {
            return SchemaValueFailure(
                path: path, message: "expected \(expected.shortDescription), found \(value.shortDescription)")
        }
        if let format = schema.format?.value, let problem = SchemaFormat.problem(format, value) {
            return SchemaValueFailure(path: path, message: problem)
        }
        let failure: SchemaValueFailure?
        switch value {
        case .integer, .number: failure = checkNumber(value, schema, path)
        case .string(let text): failure = checkString(text, value, schema, path)
        case .array(let items): failure = checkArray(items, schema, &path, depth: depth)
        case .object(let members): failure = checkObject(members, schema, &path, depth: depth)
        case .null, .bool: failure = nil
        }
        if let failure { return failure }
        return checkComposition(value, schema, &path, depth: depth)
    }

    /// `allOf`, `anyOf`, `oneOf`, `not` and `if`/`then`/`else`.
    private func checkComposition(
        _ value: SchemaValue, _ schema: Schema, _ path: inout [String], depth: Int
    ) -> SchemaValueFailure? {
        for member in schema.allOf {
            guard let resolved = resolve(member) else { continue }
            if let failure = check(value, resolved, &path, depth: depth + 1) { return failure }
        }
        if !schema.anyOf.isEmpty, let failure = checkAlternatives(value, schema, schema.anyOf, "anyOf", &path, depth) {
            return failure
        }
        if !schema.oneOf.isEmpty, let failure = checkAlternatives(value, schema, schema.oneOf, "oneOf", &path, depth) {
            return failure
        }
        if let not = schema.not, let resolved = resolve(not), check(value, resolved, &path, depth: depth + 1) == nil {
            return SchemaValueFailure(path: path, message: "expected a value not matching the 'not' schema")
        }
        if let condition = schema.ifSchema, let resolved = resolve(condition) {
            let branch = check(value, resolved, &path, depth: depth + 1) == nil ? schema.thenSchema : schema.elseSchema
            if let branch, let resolvedBranch = resolve(branch),
                let failure = check(value, resolvedBranch, &path, depth: depth + 1)
            {
                return failure
            }
        }
        return nil
    }

    /// At least one of `members` must match. When none does, the failure is the one of the variant the
    /// discriminator names, else the one that got deepest into the value (most likely the intended variant),
    /// else a plain "matches none".
    private func checkAlternatives(
        _ value: SchemaValue, _ schema: Schema, _ members: [Referenceable<Schema>], _ keyword: String,
        _ path: inout [String], _ depth: Int
    ) -> SchemaValueFailure? {
        if let chosen = discriminatedVariant(value, schema, members), let resolved = resolve(chosen) {
            return check(value, resolved, &path, depth: depth + 1)
        }
        var deepest: SchemaValueFailure?
        for member in members {
            guard let resolved = resolve(member) else { return nil }
            guard let failure = check(value, resolved, &path, depth: depth + 1) else { return nil }
            if failure.path.count > (deepest?.path.count ?? path.count) { deepest = failure }
        }
        return deepest
            ?? SchemaValueFailure(path: path, message: "expected a value matching one of the '\(keyword)' schemas")
    }

    /// The variant a discriminator names for an object value: the mapping entry for its discriminator value,
    /// or the variant whose reference ends in that value (`#/components/schemas/Cat` for `Cat`).
    private func discriminatedVariant(
        _ value: SchemaValue, _ schema: Schema, _ members: [Referenceable<Schema>]
    ) -> Referenceable<Schema>? {
        guard let property = schema.discriminator?.propertyName?.value, case .object(let fields) = value,
            let field = fields.first(where: { $0.name == property }), case .string(let name) = field.value
        else { return nil }
        let mapped = schema.discriminator?.mapping.first { $0.name == name }?.value.value
        return members.first { member in
            guard let reference = member.reference else { return false }
            if let mapped {
                if !mapped.contains("/") && !mapped.contains("#") {
                    return reference.target?.pointer.tokens.last == mapped
                }
                return reference.text == mapped || reference.text.hasSuffix(mapped)
            }
            return reference.target?.pointer.tokens.last == name
        }
    }

    /// Whether `null` is allowed outright: `nullable: true` (also when left in a 3.1 document) or a `null` type.
    static func allowsNull(_ schema: Schema) -> Bool {
        if schema.allowsNull { return true }
        return schema.nullable == nil && schema.node["nullable"]?.scalar?.value == .bool(true)
    }

    /// The `enum` entries of a schema as values, converted once per enum.
    func enumValues(_ schema: Schema) -> [SchemaValue]? {
        guard let entries = schema.enumValues else { return nil }
        let key = ObjectIdentifier(schema.enumNode ?? schema.node)
        if let cached = enumCache[key] { return cached }
        let values = entries.compactMap(SchemaValue.init(node:))
        enumCache[key] = values
        return values
    }
}
