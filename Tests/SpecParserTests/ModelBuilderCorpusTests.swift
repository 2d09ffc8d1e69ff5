import Pipeline
import SpecDiagnostics
import TestSupport
import Testing

/// Corpus documents built end to end: the valid ones must give no structural error from the builder, the
/// broken ones must give the errors they are known for.
@Suite struct ModelBuilderCorpusTests {
    /// The ids the builder reports; lint rules written elsewhere may add their own findings, filtered out here.
    static let builderIDs: Set<DiagnosticID> = [
        "missing-field", "invalid-type", "unknown-field", "invalid-value", "unsupported-version",
        "newer-openapi-version", "unresolved-ref", "remote-ref", "ref-cycle",
    ]

    /// The builder's findings for a corpus document (errors only, with `errorsOnly`), formatted.
    static func findings(_ folder: String, _ root: String, errorsOnly: Bool = false) -> [String] {
        let pipeline = Pipeline(fileSystem: DiskFileSystem(baseDirectory: TestPaths.corpus + "/" + folder))
        let result = pipeline.validate(root)
        return result.diagnostics.filter { builderIDs.contains($0.id) && (!errorsOnly || $0.severity == .error) }
            .map(\.formatted)
    }

    static let valid: [(String, String)] = [
        ("oai-petstore", "petstore.yaml"), ("oai-uspto", "uspto.json"), ("oai-link-example", "link-example.yaml"),
        ("oai-webhook-example", "webhook-example.yaml"), ("osv-petstore-separate-v30", "spec/openapi.yaml"),
        ("osv-property-recursive", "property-recursive.yaml"), ("twilio-iam-scim", "twilio_iam_scim.yaml"),
        ("google-books-3.0", "google-books-3.0.yaml"), ("tomtom-3.0", "tomtom-3.0.yaml"),
        ("ghes-3.0", "ghes-3.0.yaml"), ("stripe", "spec3.yaml"), ("openai", "openapi.yaml"), ("box", "openapi.json"),
        ("adyen-checkout-v71", "CheckoutService-v71.json"),
        ("adyen-transfer-webhooks-v4", "BalancePlatformTransferNotification-v4.json"),
        ("digitalocean", "DigitalOcean-public.v2.yaml"),
    ]

    @Test(arguments: valid)
    func validDocumentBuildsWithoutStructuralErrors(_ folder: String, _ root: String) {
        let found = Self.findings(folder, root, errorsOnly: true)
        #expect(found == [], "\(folder): \(found.count) findings\n\(found.prefix(40).joined(separator: "\n"))")
    }

    @Test func booleanExclusiveBoundsIn3_1AreWarnings() {
        // OpenAI's 3.1 document keeps seven 3.0-style `exclusiveMinimum: true`.
        let found = Self.findings("openai", "openapi.yaml")
        #expect(found.count == 7)
        #expect(
            found.first
                == "openapi.yaml:35081:37: warning[invalid-type]: expected number for 'exclusiveMinimum', found "
                + "boolean; the boolean form is openapi 3.0's, in 3.1 'exclusiveMinimum' holds the bound itself")
    }

    @Test func newerVersionGivesOnlyAWarning() {
        #expect(
            Self.findings("oai-mega-v32", "mega.yaml") == [
                "mega.yaml:1:10: warning[newer-openapi-version]: openapi 3.2.0 is read as 3.1 plus the 3.2 fields we "
                    + "know; other 3.2 additions are reported as unknown fields"
            ])
    }

    @Test func schemasThatAreNotSchemasAreRejected() {
        #expect(
            Self.findings("oai-fail-invalid-schema-types", "invalid_schema_types.yaml") == [
                "invalid_schema_types.yaml:10:19: error[invalid-type]: expected object or boolean for 'invalid_null', "
                    + "found null",
                "invalid_schema_types.yaml:11:21: error[invalid-type]: expected object or boolean for "
                    + "'invalid_number', found integer",
                "invalid_schema_types.yaml:12:20: error[invalid-type]: expected object or boolean for "
                    + "'invalid_array', found array",
            ])
    }

    @Test func emptyServerEnumIsRejected() {
        #expect(
            Self.findings("oai-fail-server-enum-empty", "server_enum_empty.yaml") == [
                "server_enum_empty.yaml:13:15: error[invalid-value]: expected at least one value for 'enum'; openapi "
                    + "3.1 does not allow an empty list"
            ])
    }

    @Test func emptyDocumentMissesInfoAndPaths() {
        #expect(
            Self.findings("osv-empty-v30", "empty.yaml") == [
                "empty.yaml:1:1: error[missing-field]: missing required field 'info' in openapi object",
                "empty.yaml:1:1: error[missing-field]: missing required field 'paths' in openapi object",
            ])
    }

    @Test func integerServerEnumIsRejected() {
        let found = Self.findings("swift-petstore", "petstore.yaml")
        #expect(
            found.contains(
                "petstore.yaml:24:13: error[invalid-type]: expected string for an item of 'enum', found integer"))
        // `type: [array, null]` names YAML null, not the string 'null'; `parameters:` is empty.
        #expect(
            found == [
                "petstore.yaml:24:13: error[invalid-type]: expected string for an item of 'enum', found integer",
                "petstore.yaml:168:18: error[invalid-type]: expected array for 'parameters', found null",
                "petstore.yaml:434:25: error[invalid-type]: expected string for an item of 'type', found null",
                "petstore.yaml:436:28: error[invalid-type]: expected string for an item of 'type', found null",
            ])
    }

    static let swagger: [(String, String)] = [
        ("oai-uber-v2", "uber.json"), ("kubernetes", "kubernetes.yaml"), ("slack-web", "slack_web_openapi_v2.json"),
        ("osv-missing-reference-v2", "missing-reference.yaml"), ("oai-petstore-separate-v2", "spec/swagger.yaml"),
    ]

    @Test(arguments: swagger)
    func swaggerDocumentsGetOneUnsupportedVersionError(_ folder: String, _ root: String) {
        let found = Self.findings(folder, root)
        #expect(found.count == 1)
        #expect(
            found.first?.hasSuffix(
                "error[unsupported-version]: swagger 2.0 documents are not supported; convert the document to "
                    + "OpenAPI 3.x (swagger 2.0 is read by no stage yet)") == true)
    }
}
