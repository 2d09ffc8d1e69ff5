import TemplateEngine
import Testing

@Suite("Determinism across threads")
struct ConcurrencyTests {
    @Test func concurrentRendersProduceIdenticalOutput() async throws {
        let library = TemplateLibrary([
            "file": try Template(
                name: "file",
                source: "// generated\n{{#types}}\n{{> type}}\n{{/types}}\n"),
            "type": try Template(
                name: "type",
                source: "struct {{name}} {\n{{#fields}}\n    {{> field}}\n{{/fields}}\n}\n"),
            "field": try Template(name: "field", source: "let {{name}}: {{type}}{{^required}}?{{/required}}\n"),
        ])
        let types: [TemplateValue] = (0..<200).map { typeIndex in
            object([
                "name": .text("Type\(typeIndex)"),
                "fields": .list(
                    (0..<10).map { fieldIndex in
                        object([
                            "name": .text("field\(fieldIndex)"), "type": .text("Int"),
                            "required": .flag(fieldIndex.isMultiple(of: 2)),
                        ])
                    }),
            ])
        }
        let root = TemplateDictionary(["types": .list(types)])
        let expected = try library.render("file", root)
        #expect(expected.hasPrefix("// generated\nstruct Type0 {\n    let field0: Int\n    let field1: Int?\n"))

        let outputs = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask { try library.render("file", root) }
            }
            var outputs: [String] = []
            for try await output in group { outputs.append(output) }
            return outputs
        }
        #expect(outputs.count == 8)
        #expect(outputs.allSatisfy { $0 == expected })
    }
}
