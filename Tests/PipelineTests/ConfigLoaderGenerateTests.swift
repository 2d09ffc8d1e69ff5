import SpecDiagnostics
import StubGen
import Testing

@testable import Pipeline

/// The `generate:` section of `specc.yaml`, read from memory.
@Suite struct ConfigLoaderGenerateTests {
    /// Loads `text` as the configuration at `path`; returns the settings and the findings as printed.
    func load(_ text: String, path: String = "specc.yaml") -> (GenerateSettings, [String]) {
        let (config, findings) = ConfigLoader.load(path, from: MemoryFileSystem([path: text]))
        return (config.generate, findings.map(\.formatted))
    }

    @Test func withoutSectionTheDefaultsStand() {
        let (settings, findings) = load("strict: true\n")
        #expect(findings.isEmpty)
        #expect(settings == GenerateSettings())
        #expect(!settings.isConfigured)
        #expect(settings.stubConfig.modes == [.types, .client, .server])
        #expect(settings.stubConfig.access == .internal)
    }

    @Test func everyKeyIsRead() {
        let (settings, findings) = load(
            """
            generate:
              output: Sources/PetsAPI/Generated
              modes: [client]
              access: public
              tags: [pets, 2024]
              operations: [listPets]
              paths: [/pets]
              names:
                Pet: Animal
                listPets: allPets
              templates: Templates/Swift
            """)
        #expect(findings.isEmpty)
        #expect(settings.isConfigured)
        #expect(settings.output == "Sources/PetsAPI/Generated")
        #expect(settings.templates == "Templates/Swift")
        // A client needs the types it sends and receives.
        #expect(settings.stubConfig.modes == [.types, .client])
        #expect(settings.stubConfig.access == .public)
        #expect(settings.stubConfig.tags == ["pets", "2024"])
        #expect(settings.stubConfig.operations == ["listPets"])
        #expect(settings.stubConfig.paths == ["/pets"])
        #expect(settings.stubConfig.nameOverrides == ["Pet": "Animal", "listPets": "allPets"])
    }

    @Test func aSingleStringCountsAsAListOfOne() {
        let (settings, findings) = load("generate:\n  modes: server\n  tags: pets\n")
        #expect(findings.isEmpty)
        #expect(settings.stubConfig.modes == [.types, .server])
        #expect(settings.stubConfig.tags == ["pets"])
    }

    @Test func emptySectionAsksForTheDefaults() {
        let (settings, findings) = load("generate:\n")
        #expect(findings.isEmpty)
        #expect(settings.isConfigured)
        #expect(settings.output == nil)
        #expect(settings.stubConfig == StubConfig())
    }

    @Test func foldersAreRelativeToTheConfigurationFile() {
        let (settings, _) = load(
            "generate:\n  output: Generated\n  templates: /abs/templates\n", path: "config/specc.yaml")
        #expect(settings.output == "config/Generated")
        #expect(settings.templates == "/abs/templates")
    }

    @Test func unknownKeysSuggestTheClosestOne() {
        let (_, findings) = load("generat:\n  output: x\n")
        #expect(
            findings == [
                "specc.yaml:1:1: error[invalid-config]: unknown configuration key 'generat'; did you mean 'generate'?"
            ])
        let (_, far) = load("colours: true\n")
        #expect(
            far == [
                "specc.yaml:1:1: error[invalid-config]: unknown configuration key 'colours'; expected 'rules', 'strict', 'limits' or 'generate'"
            ])
        let (settings, inner) = load("generate:\n  outptu: x\n  acces: public\n")
        #expect(
            inner == [
                "specc.yaml:2:3: error[invalid-config]: unknown key 'outptu' in 'generate'; did you mean 'output'?",
                "specc.yaml:3:3: error[invalid-config]: unknown key 'acces' in 'generate'; did you mean 'access'?",
            ])
        #expect(settings.output == nil)
    }

    @Test func badValuesAreLocated() {
        let (settings, findings) = load(
            """
            generate:
              output: [a, b]
              modes: [types, clent, sever]
              access: open
              tags: [pets, {name: x}, true]
              names: {Pet: 'my pet', listPets: 3}
              paths: {a: b}
            """)
        #expect(
            findings == [
                "specc.yaml:2:11: error[invalid-config]: expected a folder for 'output', found array",
                "specc.yaml:3:18: error[invalid-config]: unknown mode 'clent'; did you mean 'client'?",
                "specc.yaml:3:25: error[invalid-config]: unknown mode 'sever'; did you mean 'server'?",
                "specc.yaml:4:11: error[invalid-config]: unknown access level 'open'; expected public, package or internal",
                "specc.yaml:5:16: error[invalid-config]: expected a string in 'tags', found object",
                "specc.yaml:5:27: error[invalid-config]: expected a string in 'tags', found boolean",
                "specc.yaml:6:16: error[invalid-config]: expected a Swift identifier for 'Pet', found 'my pet'",
                "specc.yaml:6:36: error[invalid-config]: expected a Swift name for 'listPets', found integer",
                "specc.yaml:7:10: error[invalid-config]: expected a list of strings for 'paths', found object",
            ])
        // What could be read is kept.
        #expect(settings.stubConfig.modes == [.types])
        #expect(settings.stubConfig.tags == ["pets"])
        #expect(settings.stubConfig.nameOverrides.isEmpty)
        #expect(settings.output == nil)
    }

    @Test func sectionOfTheWrongShape() {
        let (_, findings) = load("generate: [output]\n")
        #expect(findings == ["specc.yaml:1:11: error[invalid-config]: expected a mapping for 'generate', found array"])
        let (_, empty) = load("generate:\n  output: ''\n  modes: []\n")
        #expect(
            empty == [
                "specc.yaml:2:11: error[invalid-config]: expected a folder for 'output', found an empty string",
                "specc.yaml:3:10: error[invalid-config]: expected at least one of types, client or server for 'modes'",
            ])
    }

    @Test func identifiers() {
        #expect(ConfigLoader.isIdentifier("Animal"))
        #expect(ConfigLoader.isIdentifier("_pet2"))
        #expect(!ConfigLoader.isIdentifier("2pet"))
        #expect(!ConfigLoader.isIdentifier("my-pet"))
        #expect(!ConfigLoader.isIdentifier(""))
        #expect(!ConfigLoader.isIdentifier("Tïer"))
    }
}
