import SpecDiagnostics
import SpecModel
import SpecParser
import Testing

/// What building a set of in-memory files gave: the model (nil when the builder refused the document) and
/// every finding as `validate` prints it, sorted.
struct BuildOutcome {
    let document: RawDocument?
    let lines: [String]

    /// Loads `files` (path → text) from `root` and builds the model.
    init(files: [String: String], root: String = "openapi.yaml") {
        let collector = DiagnosticCollector()
        let set = DocumentLoader(reader: MemorySourceReader(files)).load(root, into: collector)
        document = set.root == nil ? nil : ModelBuilder.build(set, into: collector)
        lines = collector.diagnostics.sortedForOutput().map(\.formatted)
    }

    /// Builds one document held as `openapi.yaml`.
    init(_ yaml: String) { self.init(files: ["openapi.yaml": yaml]) }

    /// The target a pointer names in the root file.
    func rootTarget(_ pointer: String) -> RefTarget {
        RefTarget(file: document!.files.rootFile, pointer: JSONPointer(fragment: pointer)!)
    }

    /// The target a pointer names in the file loaded from `path`.
    func target(_ path: String, _ pointer: String) -> RefTarget? {
        document?.files.file(atPath: path).map { RefTarget(file: $0.id, pointer: JSONPointer(fragment: pointer)!) }
    }
}

/// A minimal valid document of a version, with `body` appended at the root level.
func minimalDocument(_ version: String = "3.0.3", _ body: String = "paths: {}") -> String {
    """
    openapi: \(version)
    info:
      title: T
      version: '1'
    \(body)
    """
}

/// Version detection: which family a document is read as, and what is reported on the way.
@Suite struct VersionDetectionTests {
    @Test func readsEachSupportedFamily() {
        #expect(BuildOutcome(minimalDocument("3.0.3")).document?.version == .v3_0)
        #expect(BuildOutcome(minimalDocument("3.0.0")).lines == [])
        #expect(BuildOutcome(minimalDocument("3.1.0")).document?.version == .v3_1)
        #expect(BuildOutcome(minimalDocument("3.1.1")).lines == [])
        #expect(BuildOutcome(minimalDocument("'3.1.0-rc1'")).document?.version == .v3_1)
    }

    @Test func warnsAboutNewerVersion() {
        let outcome = BuildOutcome(minimalDocument("3.2.0"))
        #expect(outcome.document?.version == .v3_2)
        #expect(
            outcome.lines == [
                "openapi.yaml:1:10: warning[newer-openapi-version]: openapi 3.2.0 is read as 3.1 plus the 3.2 fields "
                    + "we know; other 3.2 additions are reported as unknown fields"
            ])
    }

    @Test func refusesSwagger() {
        let outcome = BuildOutcome("swagger: \"2.0\"\ninfo: {title: T, version: '1'}\npaths: {}\n")
        #expect(outcome.document == nil)
        #expect(
            outcome.lines == [
                "openapi.yaml:1:10: error[unsupported-version]: swagger 2.0 documents are not supported; convert the "
                    + "document to OpenAPI 3.x (swagger 2.0 is read by no stage yet)"
            ])
    }

    @Test func refusesMissingVersion() {
        let outcome = BuildOutcome("info: {title: T, version: '1'}\npaths: {}\n")
        #expect(outcome.document == nil)
        #expect(
            outcome.lines == [
                "openapi.yaml:1:1: error[missing-field]: missing required field 'openapi' in openapi object"
            ])
    }

    @Test(arguments: ["3.3.0", "'1.0'", "4.0.0", "three"])
    func refusesUnknownVersions(_ written: String) {
        let outcome = BuildOutcome(minimalDocument(written))
        let text = written.replacingOccurrences(of: "'", with: "")
        #expect(outcome.document == nil)
        #expect(
            outcome.lines == [
                "openapi.yaml:1:10: error[unsupported-version]: unsupported openapi version '\(text)'; specc reads "
                    + "3.0.x, 3.1.x and 3.2.x"
            ])
    }

    @Test func readsUnquotedNumberButReportsIt() {
        let outcome = BuildOutcome(minimalDocument("3.0"))
        #expect(outcome.document?.version == .v3_0)
        #expect(
            outcome.lines == [
                "openapi.yaml:1:10: error[invalid-type]: expected string for 'openapi', found number; write the full "
                    + "version in quotes, such as '3.0.0'"
            ])
        #expect(BuildOutcome(minimalDocument("3.1")).document?.version == .v3_1)
    }

    @Test func reportsShortQuotedVersion() {
        let outcome = BuildOutcome(minimalDocument("'3.1'"))
        #expect(outcome.document?.version == .v3_1)
        #expect(
            outcome.lines == [
                "openapi.yaml:1:10: error[invalid-value]: expected a full version such as '3.1.0' for 'openapi', "
                    + "found '3.1'"
            ])
    }

    @Test func refusesNonMappingRoot() {
        let outcome = BuildOutcome("- openapi: 3.0.0\n")
        #expect(outcome.document == nil)
        #expect(
            outcome.lines == [
                "openapi.yaml:1:1: error[invalid-type]: expected object for the document root, found array"
            ])
    }

    @Test func refusesUnsupportedNumberAndNull() {
        #expect(
            BuildOutcome(minimalDocument("2.0")).lines == [
                "openapi.yaml:1:10: error[unsupported-version]: unsupported openapi version '2.0'; specc reads 3.0.x, "
                    + "3.1.x and 3.2.x"
            ])
        #expect(
            BuildOutcome("openapi:\ninfo: {title: T, version: '1'}\n").lines == [
                "openapi.yaml:1:9: error[invalid-type]: expected string for 'openapi', found null"
            ])
    }
}
