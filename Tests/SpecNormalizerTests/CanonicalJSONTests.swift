import SpecNormalizer
import Testing

/// The exact canonical bytes: key order, escapes, numbers and how references are resolved.
@Suite struct CanonicalJSONTests {
    @Test func tinyDocumentBytes() {
        let yaml = """
            openapi: 3.1.0
            paths: {}
            info:
              version: "1.0"
              title: "Tiny \\"API\\" é"
              x-n: 1.50
              x-big: 1e3
              x-neg: -0.0
              x-small: 0.000001
              x-tiny: 1.5e-7
              x-huge: 1e21
              x-text: "a\\tb\\u0001/"
            x-list: [b, 'a', ~, true, 0x1F, '12', 12, -7]
            """
        let expected = #"""
            {"info":{"title":"Tiny \"API\" é","version":"1.0","x-big":1000,"x-huge":1e+21,"x-n":1.5,"x-neg":0,\#
            "x-small":0.000001,"x-text":"a\tb\u0001/","x-tiny":1.5e-7},"openapi":"3.1.0","paths":{},\#
            "x-list":["b","a",null,true,31,"12",12,-7]}
            """#
        #expect(TestDocuments.canonicalText(["openapi.yaml": yaml]) == expected)
    }

    @Test func numbersUseTheShortestRoundTripDigits() {
        let json = "[0.1, 1e300, 9007199254740993, 9007199254740992.0, 1e20, 123.456e-10, -1.5, 2.50, 1E2]"
        let expected = "[0.1,1e+300,9007199254740993,9007199254740992,100000000000000000000,1.23456e-8,-1.5,2.5,100]"
        #expect(TestDocuments.canonicalText(["doc.json": json], root: "doc.json") == expected)
    }

    @Test func keysSortByUTF8BytesAndFirstDuplicateWins() {
        let json = #"{"b": 1, "B": 2, "é": 3, "e": 4, "a": {"z": 1, "y": 2}}"#
        #expect(
            TestDocuments.canonicalText(["doc.json": json], root: "doc.json")
                == #"{"B":2,"a":{"y":2,"z":1},"b":1,"e":4,"é":3}"#)
    }

    @Test func internalReferencesStayAndExternalOnesAreInlined() {
        let root = """
            openapi: 3.0.3
            paths:
              /a:
                $ref: 'paths.yaml#/a'
            components:
              schemas:
                Local: {$ref: '#/components/schemas/Other'}
                Other: {type: string, description: {$ref: 'missing.yaml'}}
            """
        let paths = """
            a:
              get:
                responses:
                  default:
                    description: {$ref: '#/text'}
                    x-ref: {$ref: 'openapi.yaml#/components/schemas/Other', summary: s}
            text: from another file
            """
        let expected = #"""
            {"components":{"schemas":{"Local":{"$ref":"#/components/schemas/Other"},\#
            "Other":{"description":{"$ref":"missing.yaml"},"type":"string"}}},"openapi":"3.0.3","paths":{"/a":\#
            {"get":{"responses":{"default":{"description":"from another file",\#
            "x-ref":{"$ref":"#/components/schemas/Other","summary":"s"}}}}}}}
            """#
        #expect(TestDocuments.canonicalText(["openapi.yaml": root, "paths.yaml": paths]) == expected)
    }

    @Test func componentAliasingAFileTakesItsContent() {
        let root = """
            openapi: 3.0.3
            paths:
              /pets:
                get:
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {$ref: 'pet.yaml'}}}}
            components:
              schemas:
                Pet: {$ref: './pet.yaml'}
            """
        let pet = "type: object\nproperties:\n  self: {$ref: '#'}\n  name: {$ref: 'name.yaml', title: n}\n"
        let expected = #"""
            {"components":{"schemas":{"Pet":{"properties":{"name":{"$ref":{"type":"string"},"title":"n"},\#
            "self":{"$ref":"#/components/schemas/Pet"}},"type":"object"}}},"openapi":"3.0.3","paths":{"/pets":\#
            {"get":{"responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Pet"}}},\#
            "description":"ok"}}}}}}
            """#
        let files = ["openapi.yaml": root, "pet.yaml": pet, "name.yaml": "type: string"]
        #expect(TestDocuments.canonicalText(files) == expected)
    }

    @Test func recursiveExternalTargetBecomesASynthesizedComponent() {
        let root = """
            openapi: 3.0.3
            components:
              schemas:
                node: {type: string}
                Tree:
                  properties:
                    root: {$ref: 'schemas/node.yaml'}
                    pair: {$ref: 'a.yaml'}
            """
        let node = "properties:\n  children:\n    items: {$ref: 'node.yaml'}\n"
        let files = [
            "openapi.yaml": root, "schemas/node.yaml": node, "a.yaml": "next: {$ref: 'b.yaml'}",
            "b.yaml": "back: {$ref: 'a.yaml'}",
        ]
        let expected = #"""
            {"components":{"schemas":{"Tree":{"properties":{"pair":{"$ref":"#/components/schemas/a"},\#
            "root":{"$ref":"#/components/schemas/node_2"}}},"a":{"next":{"$ref":"#/components/schemas/b"}},\#
            "b":{"back":{"$ref":"#/components/schemas/a"}},"node":{"type":"string"},\#
            "node_2":{"properties":{"children":{"items":{"$ref":"#/components/schemas/node_2"}}}}}},\#
            "openapi":"3.0.3"}
            """#
        #expect(TestDocuments.canonicalText(files) == expected)
    }
}
