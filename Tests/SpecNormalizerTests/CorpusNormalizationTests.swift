import Pipeline
import SpecDiagnostics
import SpecModel
import SpecNormalizer
import SpecParser
import TestSupport
import Testing

/// Every valid 3.x corpus document: its operation count matches the manifest, and, for YAML documents, the
/// same document written as JSON has the same hash. Slow: it reads the whole corpus.
@Suite struct CorpusNormalizationTests {
    static let valid = [
        "oai-petstore", "oai-uspto", "oai-link-example", "oai-webhook-example", "swift-petstore", "twilio-iam-scim",
        "google-books-3.0", "tomtom-3.0", "ghes-3.0", "stripe", "openai", "box", "adyen-checkout-v71",
        "adyen-transfer-webhooks-v4", "digitalocean", "osv-petstore-separate-v30", "osv-property-recursive",
    ]

    static let yaml = valid.filter { CorpusEntry.all[$0]?.format == "yaml" }

    @Test func manifestListsEveryDocument() {
        #expect(Self.valid.allSatisfy { CorpusEntry.all[$0] != nil })
        #expect(Self.yaml.count == 13)
    }

    @Test(arguments: valid)
    func operationCountMatchesManifest(_ name: String) throws {
        let entry = try #require(CorpusEntry.all[name])
        let pipeline = Pipeline(fileSystem: DiskFileSystem(baseDirectory: TestPaths.corpus + "/" + name))
        let document = try #require(pipeline.validate(entry.rootFile).document)
        let api = Normalizer.normalize(document, into: DiagnosticCollector())
        #expect(api.operations.count == entry.operations)
        #expect(Set(api.operations.map { "\($0.method) \($0.path)" }).count == api.operations.count)
    }

    @Test(arguments: yaml)
    func yamlAndJSONHashAlike(_ name: String) throws {
        let entry = try #require(CorpusEntry.all[name])
        let files = TestDocuments.corpusFiles(name, root: entry.rootFile)
        let converted = try NodeJSONConverter.convert(files)
        #expect(converted.root.hasSuffix(".json"))
        let json = TestDocuments.files(converted.files, root: converted.root)
        #expect(json.files.count == files.files.count)
        #expect(CanonicalHasher.hash(files: json) == CanonicalHasher.hash(files: files))
    }
}
