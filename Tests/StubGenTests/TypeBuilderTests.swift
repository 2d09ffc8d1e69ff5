import Pipeline
import SpecNormalizer
import Testing

@testable import StubGen

/// How schemas become Swift declarations, checked on the intermediate `TypeDecl`s (the golden tests check
/// the rendered text).
@Suite struct TypeBuilderTests {
    /// Normalizes a document whose `components.schemas` is `schemas` (YAML, indented by 4).
    private func builder(_ schemas: String) throws -> TypeBuilder {
        let yaml = """
            openapi: 3.1.0
            info: {title: t, version: "1"}
            paths: {}
            components:
              schemas:
            \(schemas)
            """
        let pipeline = Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": yaml]))
        let api = try #require(pipeline.normalize("openapi.yaml").api)
        return TypeBuilder(api: api)
    }

    private func structure(_ decls: [TypeDecl]) throws -> StructDecl {
        guard case .structure(let decl)? = decls.first else {
            Issue.record("expected a struct, got \(decls)")
            throw CancellationError()
        }
        return decl
    }

    @Test func requiredOptionalAndDefaults() throws {
        let types = try builder("""
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string, minLength: 1, maxLength: 20}
                    age: {type: integer, format: int32, default: 3}
                    status: {type: string, enum: [available, sold], default: sold}
                    nick: {type: [string, "null"]}
            """)
        let pet = try structure(types.declaration(of: "Pet"))
        let byKey = Dictionary(uniqueKeysWithValues: pet.properties.map { ($0.key, $0) })
        #expect(byKey["name"]?.isOptional == false)
        #expect(byKey["name"]?.checks == [#"try SpeccCheck.length(value, min: 1, max: 20, key: "name", in: container)"#])
        #expect(byKey["age"]?.type == "Swift.Int32")
        #expect(byKey["age"]?.defaultValue == "3")
        #expect(byKey["age"]?.isOptional == false)
        #expect(byKey["status"]?.type == "Status")
        #expect(byKey["status"]?.defaultValue == ".sold")
        #expect(byKey["nick"]?.isOptional == true)
        #expect(pet.nested.map(\.name) == ["Status"])
    }

    @Test func enumsKeepUnknownValuesAndNameEveryCase() throws {
        let types = try builder("""
                Mode:
                  type: string
                  enum: [in-progress, "", "+1", "-1", undocumented, class]
            """)
        guard case .enumeration(let decl)? = types.declaration(of: "Mode").first else {
            Issue.record("expected an enum")
            return
        }
        #expect(decl.cases.map(\.name) == ["inProgress", "_empty", "plus1", "minus1", "undocumented", "`class`"])
        #expect(decl.unknownCase == "undocumented_2")
    }

    @Test func structPropertiesAreBoxedArraysEnumsAndScalarsAreNot() throws {
        // A struct is boxed whether or not it closes a cycle (`parent` must be, `leaf` keeps copies small).
        let types = try builder("""
                Node:
                  type: object
                  properties:
                    parent: {$ref: '#/components/schemas/Node'}
                    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                    leaf: {$ref: '#/components/schemas/Leaf'}
                    wrapped: {allOf: [{$ref: '#/components/schemas/Leaf'}], description: A leaf.}
                    inline: {type: object, properties: {x: {type: integer}}}
                    kind: {type: string, enum: [a, b]}
                    name: {type: string}
                Leaf:
                  type: object
                  properties:
                    name: {type: string}
            """)
        let node = try structure(types.declaration(of: "Node"))
        let boxed = Dictionary(uniqueKeysWithValues: node.properties.map { ($0.key, $0.boxed) })
        #expect(boxed == [
            "parent": true, "children": false, "leaf": true, "wrapped": true, "inline": true, "kind": false,
            "name": false,
        ])
    }

    @Test func allOfMergesPropertiesAndRequired() throws {
        let types = try builder("""
                Base:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                Dog:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      required: [bark]
                      properties:
                        bark: {type: boolean}
            """)
        let dog = try structure(types.declaration(of: "Dog"))
        #expect(dog.properties.map(\.key) == ["id", "bark"])
        #expect(dog.properties.allSatisfy { $0.isRequired })
    }

    @Test func discriminatorUsesMappingThenComponentNames() throws {
        let types = try builder("""
                Cat: {type: object, properties: {kind: {type: string}}}
                Dog: {type: object, properties: {kind: {type: string}}}
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                  discriminator:
                    propertyName: kind
                    mapping:
                      kitty: '#/components/schemas/Cat'
            """)
        guard case .choice(let decl)? = types.declaration(of: "Pet").first else {
            Issue.record("expected a choice")
            return
        }
        #expect(decl.cases.map(\.type) == ["Schemas.Cat", "Schemas.Dog"])
        #expect(decl.discriminator?.property == "kind")
        #expect(decl.discriminator?.values.map(\.value) == ["kitty", "Dog"])
    }

    @Test func nullAlternativeMakesTheUseOptional() throws {
        let types = try builder("""
                Holder:
                  type: object
                  required: [value]
                  properties:
                    value:
                      oneOf:
                        - {type: string}
                        - {type: "null"}
            """)
        let holder = try structure(types.declaration(of: "Holder"))
        #expect(holder.properties.first?.type == "Swift.String")
        #expect(holder.properties.first?.isOptional == true)
    }

    @Test func aliasesAndInlineElementTypes() throws {
        let types = try builder("""
                Id: {type: string, format: uuid}
                Tags:
                  type: array
                  items: {type: object, properties: {name: {type: string}}}
                Stamp: {type: string, format: date-time}
                Blob: {type: string, format: byte}
            """)
        guard case .alias(let id)? = types.declaration(of: "Id").first,
            case .alias(let tags)? = types.declaration(of: "Tags").first,
            case .alias(let stamp)? = types.declaration(of: "Stamp").first,
            case .alias(let blob)? = types.declaration(of: "Blob").first
        else {
            Issue.record("expected aliases")
            return
        }
        #expect(id.type == "Swift.String")
        #expect(tags.type == "[TagsItem]")
        #expect(types.declaration(of: "Tags").dropFirst().map(\.name) == ["TagsItem"])
        #expect(stamp.type == "Foundation.Date")
        #expect(blob.type == "Foundation.Data")
    }

    @Test func integerBoundsRoundInwardsAndHugeOnesAreDropped() throws {
        let types = try builder("""
                Box:
                  type: object
                  properties:
                    count: {type: integer, minimum: 0.5, maximum: 10.5}
                    seed: {type: integer, minimum: -9223372036854775808, maximum: 9223372036854775807}
                    ratio: {type: number, exclusiveMaximum: 1}
            """)
        let box = try structure(types.declaration(of: "Box"))
        let checks = Dictionary(uniqueKeysWithValues: box.properties.map { ($0.key, $0.checks) })
        #expect(checks["count"] == [#"try SpeccCheck.range(value, min: 1, max: 10, exclusiveMin: nil, exclusiveMax: nil, key: "count", in: container)"#])
        #expect(checks["seed"] == [])
        #expect(checks["ratio"] == [#"try SpeccCheck.range(value, min: nil, max: nil, exclusiveMin: nil, exclusiveMax: 1.0, key: "ratio", in: container)"#])
    }
}

/// The struct view (`StructView`) hands `encode(to:)` its properties in JSON key order (UTF-8 bytes), the order sorted-key
/// JSON writes them in, whatever order the schema lists them.
@Suite struct StructViewTests {
    @Test func encodedPropertiesComeInJSONKeyOrder() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: t, version: "1"}
            paths: {}
            components:
              schemas:
                Thing:
                  type: object
                  properties: {zeta: {type: string}, Alpha: {type: string}, alpha: {type: string}, _id: {type: integer}, "b-c": {type: string}}
            """
        let pipeline = Pipeline(fileSystem: MemoryFileSystem(["openapi.yaml": yaml]))
        let api = try #require(pipeline.normalize("openapi.yaml").api)
        let decls = TypeBuilder(api: api).declaration(of: try #require(api.schemas.first?.name))
        guard case .structure(let structure)? = decls.first else {
            Issue.record("expected a struct, got \(decls)")
            return
        }
        let view = StructView(decl: structure)
        func keys(_ name: String) -> [String] {
            guard case .list(let items)? = view.value(forKey: name) else { return [] }
            return items.compactMap { item -> String? in
                guard case .object(let property) = item, case .text(let key)? = property.value(forKey: "key") else { return nil }
                return key
            }
        }
        #expect(keys("properties") == [#""zeta""#, #""Alpha""#, #""alpha""#, #""_id""#, #""b-c""#])
        #expect(keys("encodedProperties") == [#""Alpha""#, #""_id""#, #""alpha""#, #""b-c""#, #""zeta""#])
    }
}
