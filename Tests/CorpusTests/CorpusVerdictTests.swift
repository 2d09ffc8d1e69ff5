import Foundation
import Pipeline
import SpecDiagnostics
import Testing
import TestSupport

/// Every document of `../shared/corpus` gets the verdict a strict validator owes it.
@Suite struct CorpusVerdictTests {
    /// A corpus entry: folder, root file inside it.
    struct Entry: CustomTestStringConvertible, Sendable {
        var name: String
        var root: String
        var testDescription: String { name }
    }

    static let valid: [Entry] = [
        .init(name: "oai-petstore", root: "petstore.yaml"),
        .init(name: "oai-uspto", root: "uspto.json"),
        .init(name: "oai-link-example", root: "link-example.yaml"),
        .init(name: "oai-webhook-example", root: "webhook-example.yaml"),
        .init(name: "oai-mega-v32", root: "mega.yaml"),
        .init(name: "osv-petstore-separate-v30", root: "spec/openapi.yaml"),
        .init(name: "osv-property-recursive", root: "property-recursive.yaml"),
        .init(name: "twilio-iam-scim", root: "twilio_iam_scim.yaml"),
        .init(name: "google-books-3.0", root: "google-books-3.0.yaml"),
        .init(name: "ghes-3.0", root: "ghes-3.0.yaml"),
        .init(name: "stripe", root: "spec3.yaml"),
        .init(name: "box", root: "openapi.json"),
        .init(name: "adyen-checkout-v71", root: "CheckoutService-v71.json"),
        .init(name: "adyen-transfer-webhooks-v4", root: "BalancePlatformTransferNotification-v4.json"),
    ]

    /// Documents with genuine defects, and the finding ids that must be among their errors.
    static let rejected: [(Entry, Set<DiagnosticID>)] = [
        (.init(name: "oai-fail-invalid-schema-types", root: "invalid_schema_types.yaml"), ["invalid-type"]),
        (.init(name: "oai-fail-server-enum-empty", root: "server_enum_empty.yaml"), ["invalid-value"]),
        (.init(name: "osv-empty-v30", root: "empty.yaml"), ["missing-field"]),
        (.init(name: "billion-laughs", root: "billion_laughs_snake_yaml.yaml"), ["missing-field"]),
        // An integer among a server variable's enum values (the spec wants strings).
        (.init(name: "swift-petstore", root: "petstore.yaml"), ["invalid-type"]),
        // 'required' lists that name a property twice (JSON Schema wants unique items).
        (.init(name: "openai", root: "openapi.yaml"), ["duplicate-required"]),
        // Response keys written '404/596'.
        (.init(name: "tomtom-3.0", root: "tomtom-3.0.yaml"), ["invalid-response-status"]),
        // A server URL 'https://' with no host, and links to operation ids that do not exist
        // ('sshKeys_delete_by_id' where the operation is 'sshKeys_delete').
        (.init(name: "digitalocean", root: "DigitalOcean-public.v2.yaml"), ["invalid-server-url", "undefined-link-operation"]),
    ]

    static let swagger: [Entry] = [
        .init(name: "oai-uber-v2", root: "uber.json"),
        .init(name: "oai-petstore-separate-v2", root: "spec/swagger.yaml"),
        .init(name: "osv-missing-reference-v2", root: "missing-reference.yaml"),
        .init(name: "kubernetes", root: "kubernetes.yaml"),
        .init(name: "slack-web", root: "slack_web_openapi_v2.json"),
    ]

    static func validate(_ entry: Entry) -> ValidationResult {
        Pipeline(fileSystem: DiskFileSystem(baseDirectory: TestPaths.corpus + "/" + entry.name)).validate(entry.root)
    }

    @Test(arguments: valid)
    func validDocumentHasNoErrors(_ entry: Entry) {
        let result = Self.validate(entry)
        #expect(result.document != nil)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(entry.name): \(errors.prefix(5).map(\.formatted).joined(separator: "\n"))")
    }

    @Test(arguments: rejected.map(\.0.name))
    func defectiveDocumentIsRejectedWithLocatedFindings(_ name: String) throws {
        let (entry, ids) = try #require(Self.rejected.first { $0.0.name == name })
        let result = Self.validate(entry)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        #expect(ids.isSubset(of: Set(errors.map(\.id))), "\(name): \(errors.map(\.id))")
        for error in errors {
            #expect(error.range != nil, "\(error.formatted) has no location")
        }
    }

    @Test(arguments: swagger)
    func swaggerDocumentGetsTheVersionError(_ entry: Entry) {
        let result = Self.validate(entry)
        #expect(result.diagnostics.map(\.id) == ["unsupported-version"])
        #expect(result.diagnostics.first?.message.contains("swagger 2.0") == true)
        #expect(result.diagnostics.first?.range?.start.line ?? 0 >= 1)
    }

    @Test func digitalOceanResolvesEveryReference() throws {
        let entry = try #require(Self.rejected.first { $0.0.name == "digitalocean" }?.0)
        let result = Self.validate(entry)
        #expect(result.sources.count > 1_000)
        let unresolved = result.diagnostics.filter { $0.id == "unresolved-ref" || $0.id == "unreadable-file" }
        #expect(unresolved.isEmpty, "\(unresolved.prefix(3).map(\.formatted))")
    }
}
