import SpecNormalizer

/// Turns schemas into Swift types: a type expression for every use, and declarations for the types that need
/// one (component schemas in `Schemas`, inline objects/enums/choices nested where they are used).
struct TypeBuilder: Sendable {
    /// Component schemas by name.
    let schemas: [SchemaName: NormalizedSchema]
    /// Swift names of component schemas (unique in `Schemas`).
    let swiftNames: [SchemaName: String]
    /// Named schemas that (through direct, non-collection properties) contain themselves.
    let recursion: RecursionIndex

    init(api: API, overrides: [String: String] = [:]) {
        var schemas: [SchemaName: NormalizedSchema] = [:]
        var names: [SchemaName: String] = [:]
        var scope = NameScope()
        for named in api.schemas where schemas[named.name] == nil {
            schemas[named.name] = named.schema
            let override = overrides[named.name.rawValue].map(SwiftName.type)
            names[named.name] = scope.claim(override ?? SwiftName.type(named.name.rawValue))
        }
        self.schemas = schemas
        swiftNames = names
        recursion = RecursionIndex(schemas: schemas)
    }

    /// `Schemas.Pet` for a component.
    func qualifiedName(_ name: SchemaName) -> String {
        "Schemas." + (swiftNames[name] ?? SwiftName.type(name.rawValue))
    }

    /// The declaration of component `name` in `Schemas`, then declarations its alias needs beside it.
    func declaration(of name: SchemaName) -> [TypeDecl] {
        var schema = schemas[name] ?? NormalizedSchema()
        let swiftName = swiftNames[name] ?? SwiftName.type(name.rawValue)
        let doc = SwiftLiteral.doc(schema.title, schema.description)
        // `allOf: [{...inline object...}]` and friends: declare the inner schema under the component's name.
        var unwrapped = 0
        while case .single(.inline(let inner)) = kind(of: schema), unwrapped < 8 {
            schema = inner
            unwrapped += 1
        }
        var nested: [TypeDecl] = []
        var scope = NameScope(reserved: Set(swiftNames.values))
        if let decl = declare(schema, named: swiftName, doc: doc, owner: name, scope: &scope, into: &nested) {
            return [decl]
        }
        // Arrays, dictionaries, primitives, references: an alias; inline element types become siblings
        // (`PetsItem` beside `typealias Pets = [PetsItem]`), unique among the component names.
        let type = typeExpression(.inline(schema), hint: swiftName, owner: name, scope: &scope, nested: &nested)
        return [.alias(AliasDecl(name: swiftName, doc: doc, type: type.expression))] + nested
    }

    /// A Swift type expression for `use`; inline schemas that need a declaration are appended to `nested`
    /// under a name derived from `hint`, unique in `scope`.
    func typeExpression(
        _ use: SchemaUse, hint: String, owner: SchemaName?, scope: inout NameScope, nested: inout [TypeDecl]
    ) -> SwiftType {
        switch use {
        case .named(let name):
            let nullable = schemas[name].map { $0.nullable && !isNullOnly($0) } ?? false
            return SwiftType(expression: qualifiedName(name), nullable: nullable, named: name)
        case .inline(let schema):
            let nullable = schema.nullable || (schema.oneOf + schema.anyOf).contains(where: isNullSchema)
                || schema.allOf.contains { $0.isAnnotationOnly && resolve($0)?.nullable == true }
            switch kind(of: schema) {
            case .object, .enumeration, .choice:
                let name = scope.claim(SwiftName.type(hint))
                let doc = SwiftLiteral.doc(schema.title, schema.description)
                if let decl = declare(schema, named: name, doc: doc, owner: owner, scope: &scope, into: &nested) {
                    nested.append(decl)
                    return SwiftType(expression: name, nullable: nullable, named: nil)
                }
                return SwiftType(expression: "OpenAPIRuntime.OpenAPIValueContainer", nullable: nullable, named: nil)
            case .single(let inner):
                var type = typeExpression(inner, hint: hint, owner: owner, scope: &scope, nested: &nested)
                type.nullable = type.nullable || nullable
                return type
            case .freeFormObject:
                return SwiftType(expression: "OpenAPIRuntime.OpenAPIObjectContainer", nullable: nullable, named: nil)
            case .dictionary(let values):
                let value = typeExpression(values, hint: hint + "Value", owner: owner, scope: &scope, nested: &nested)
                return SwiftType(expression: "[Swift.String: \(value.optionalExpression)]", nullable: nullable, named: nil)
            case .array(let items):
                guard let items else {
                    return SwiftType(expression: "[OpenAPIRuntime.OpenAPIValueContainer]", nullable: nullable, named: nil)
                }
                let element = typeExpression(items, hint: hint + "Item", owner: owner, scope: &scope, nested: &nested)
                return SwiftType(expression: "[\(element.optionalExpression)]", nullable: nullable, named: nil)
            case .primitive(let type):
                return SwiftType(expression: primitive(type, format: schema.format), nullable: nullable, named: nil)
            case .any:
                return SwiftType(expression: "OpenAPIRuntime.OpenAPIValueContainer", nullable: false, named: nil)
            }
        }
    }

    /// The Swift standard type for a JSON primitive and format.
    func primitive(_ type: String, format: String?) -> String {
        switch (type, format) {
        case ("string", "date-time"?): "Foundation.Date"
        case ("string", "byte"?), ("string", "binary"?): "Foundation.Data"
        case ("string", _): "Swift.String"
        case ("integer", "int32"?): "Swift.Int32"
        case ("integer", "int64"?): "Swift.Int64"
        case ("integer", _): "Swift.Int"
        case ("number", "float"?): "Swift.Float"
        case ("number", _): "Swift.Double"
        default: "Swift.Bool"
        }
    }

    private func isNullOnly(_ schema: NormalizedSchema) -> Bool { schema.types == ["null"] }

    /// A declaration for an object, enum or choice schema.
    func declare(
        _ schema: NormalizedSchema, named name: String, doc: [String], owner: SchemaName?, scope: inout NameScope,
        into nested: inout [TypeDecl]
    ) -> TypeDecl? {
        switch kind(of: schema) {
        case .object: return .structure(structure(schema, named: name, doc: doc, owner: owner))
        case .enumeration(let rawType): return .enumeration(enumeration(schema, named: name, doc: doc, rawType: rawType))
        case .choice(let alternatives): return .choice(choice(schema, alternatives, named: name, doc: doc, owner: owner))
        default: return nil
        }
    }
}

/// A Swift type expression and whether a value may be `null`.
struct SwiftType: Sendable {
    var expression: String
    var nullable: Bool
    /// The component it names, if any (for constraints and recursion).
    var named: SchemaName?

    /// `T?` when nullable.
    var optionalExpression: String { nullable ? expression + "?" : expression }
}

