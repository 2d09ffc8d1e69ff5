import SpecModel
import Testing

/// Paths that `$ref`s name are normalized before files are looked up, so one file is read once.
@Suite struct DocumentSetPathTests {
    @Test(arguments: [
        ("spec/openapi.yaml", "spec/openapi.yaml"),
        ("./spec/openapi.yaml", "spec/openapi.yaml"),
        ("spec/./schemas/../openapi.yaml", "spec/openapi.yaml"),
        ("spec//schemas/pet.yaml", "spec/schemas/pet.yaml"),
        ("../shared/x.yaml", "../shared/x.yaml"),
        ("a/../../b.yaml", "../b.yaml"),
        ("a/b/../../..", ".."),
        ("/abs/./x/../y.yaml", "/abs/y.yaml"),
        ("/../x.yaml", "/x.yaml"),
        ("a/", "a"),
        (".", "."),
        ("a/..", "."),
        ("résumé/./ü.yaml", "résumé/ü.yaml"),
        ("..a/b", "..a/b"),
        (".hidden/x", ".hidden/x"),
    ])
    func normalizesSegments(_ input: String, _ expected: String) {
        #expect(DocumentSet.normalize(input) == expected)
    }

    @Test func resolvesAgainstTheReferringFilesFolder() {
        #expect(DocumentSet.resolvePath("pet.yaml", relativeTo: "spec/schemas/all.yaml") == "spec/schemas/pet.yaml")
        #expect(DocumentSet.resolvePath("../common/e.yaml", relativeTo: "spec/a/b.yaml") == "spec/common/e.yaml")
        #expect(DocumentSet.resolvePath("x.yaml", relativeTo: "root.yaml") == "x.yaml")
        #expect(DocumentSet.resolvePath("/etc/x.yaml", relativeTo: "spec/a.yaml") == "/etc/x.yaml")
    }
}
