import SpecNormalizer
import Testing

/// What must and must not change the hash.
@Suite struct CanonicalHashTests {
    static let petsYAML = """
        openapi: 3.0.3
        info:
          title: Pets
          version: 1.0.0
          description: 'All the pets'
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - {name: limit, in: query, schema: {type: integer, maximum: 100, default: 1.0}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Pet'
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string, example: "yes"}
                tag: {$ref: '#/components/schemas/Tag'}
            Tag:
              type: string
        """

    static func hash(_ files: [String: String], root: String = "openapi.yaml") -> String {
        CanonicalHasher.hash(files: TestDocuments.files(files, root: root))
    }

    static let petsHash = hash(["openapi.yaml": petsYAML])

    @Test func hashIsSixtyFourLowerCaseHexDigits() {
        #expect(Self.petsHash.utf8.count == 64)
        #expect(Self.petsHash.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func sameDocumentAsJSON() {
        let json = """
            {"openapi": "3.0.3", "info": {"title": "Pets", "version": "1.0.0", "description": "All the pets"},
             "paths": {"/pets": {"get": {"operationId": "listPets",
               "parameters": [{"name": "limit", "in": "query",
                               "schema": {"type": "integer", "maximum": 100, "default": 1}}],
               "responses": {"200": {"description": "ok", "content": {"application/json":
                 {"schema": {"$ref": "#/components/schemas/Pet"}}}}}}}},
             "components": {"schemas": {
               "Pet": {"type": "object", "required": ["name"], "properties": {
                 "name": {"type": "string", "example": "yes"}, "tag": {"$ref": "#/components/schemas/Tag"}}},
               "Tag": {"type": "string"}}}}
            """
        #expect(Self.hash(["openapi.json": json], root: "openapi.json") == Self.petsHash)
    }

    @Test func reorderedKeys() {
        let yaml = """
            components:
              schemas:
                Tag:
                  type: string
                Pet:
                  properties:
                    tag: {$ref: '#/components/schemas/Tag'}
                    name: {example: "yes", type: string}
                  required: [name]
                  type: object
            paths:
              /pets:
                get:
                  responses:
                    '200':
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Pet'
                      description: ok
                  parameters:
                    - {in: query, schema: {default: 1.0, maximum: 100, type: integer}, name: limit}
                  operationId: listPets
            info: {version: 1.0.0, description: 'All the pets', title: Pets}
            openapi: 3.0.3
            """
        #expect(Self.hash(["openapi.yaml": yaml]) == Self.petsHash)
    }

    @Test func componentMovedToItsOwnFile() {
        let root = Self.petsYAML.replacingOccurrences(
            of: """
                    Pet:
                      type: object
                      required: [name]
                      properties:
                        name: {type: string, example: "yes"}
                        tag: {$ref: '#/components/schemas/Tag'}
                """,
            with: """
                    Pet:
                      $ref: './schemas/pet.yaml'
                """)
        #expect(root != Self.petsYAML)
        let pet = """
            type: object
            required: [name]
            properties:
              name: {$ref: 'name.yaml'}
              tag: {$ref: '../openapi.yaml#/components/schemas/Tag'}
            """
        let name = "type: string\nexample: \"yes\"\n"
        let files = ["openapi.yaml": root, "schemas/pet.yaml": pet, "schemas/name.yaml": name]
        #expect(Self.hash(files) == Self.petsHash)
    }

    @Test func referenceToTheFileItselfEqualsReferenceToTheComponent() {
        let root = Self.petsYAML.replacingOccurrences(of: "$ref: '#/components/schemas/Pet'", with: "$ref: 'tag.yaml'")
            .replacingOccurrences(of: "Tag:\n      type: string", with: "Tag: {$ref: tag.yaml}")
            .replacingOccurrences(of: "$ref: '#/components/schemas/Tag'", with: "$ref: tag.yaml")
        let original = Self.petsYAML.replacingOccurrences(
            of: "$ref: '#/components/schemas/Pet'", with: "$ref: '#/components/schemas/Tag'")
        #expect(Self.hash(["openapi.yaml": root, "tag.yaml": "type: string"]) == Self.hash(["openapi.yaml": original]))
    }

    @Test func integralFloatEqualsInteger() {
        let changed = Self.petsYAML.replacingOccurrences(of: "maximum: 100", with: "maximum: 100.0")
            .replacingOccurrences(of: "default: 1.0", with: "default: 1")
        #expect(changed != Self.petsYAML)
        #expect(Self.hash(["openapi.yaml": changed]) == Self.petsHash)
    }

    @Test func quotedAndPlainStringsMeaningTheSame() {
        let changed = Self.petsYAML.replacingOccurrences(of: "title: Pets", with: "title: \"Pets\"")
            .replacingOccurrences(of: "type: object", with: "type: 'object'")
            .replacingOccurrences(of: "description: 'All the pets'", with: "description: All the pets")
        #expect(changed != Self.petsYAML)
        #expect(Self.hash(["openapi.yaml": changed]) == Self.petsHash)
    }

    @Test func changedDescriptionChangesTheHash() {
        let changed = Self.petsYAML.replacingOccurrences(of: "description: ok", with: "description: OK")
        #expect(Self.hash(["openapi.yaml": changed]) != Self.petsHash)
    }

    @Test func quotedNumberIsAStringAndChangesTheHash() {
        let changed = Self.petsYAML.replacingOccurrences(of: "maximum: 100", with: "maximum: '100'")
        #expect(Self.hash(["openapi.yaml": changed]) != Self.petsHash)
    }

    @Test func petstoreGoldenHash() {
        let files = TestDocuments.corpusFiles("oai-petstore", root: "petstore.yaml")
        #expect(
            CanonicalHasher.hash(files: files) == "d18d3e3ad1a39e83fbb5719cc8933d0c6dd1a5de6e86bff90c14b59eee60bec6")
    }
}
