import SpecDiagnostics
import SpecModel

/// Reads the `openapi` field (or notices `swagger`) and decides which version family the document is read as.
enum VersionDetector {
    /// The version family, or nil when the document cannot be read as OpenAPI 3.x (already reported).
    static func detect(_ root: Node, reporter: BuildReporter) -> SpecVersion? {
        guard let entry = root.entry("openapi") else {
            if let swagger = root.entry("swagger") {
                let written = swagger.value.scalar?.text ?? "2.0"
                reporter.emit(
                    .error, "unsupported-version",
                    "swagger \(written) documents are not supported; convert the document to OpenAPI 3.x "
                        + "(swagger 2.0 is read by no stage yet)", at: swagger.value.span)
            } else {
                reporter.missingField("openapi", in: "openapi object", at: root)
            }
            return nil
        }
        let value = entry.value
        guard let scalar = value.scalar else {
            reporter.invalidType("string", for: .key("openapi"), found: value)
            return nil
        }
        switch scalar.value {
        case .string(let text):
            return family(of: text, at: value, reporter: reporter)
        case .int, .double:
            // YAML reads an unquoted `3.0` as a number; the version it names is still clear.
            guard let version = family(of: scalar.text, at: value, reporter: reporter, shortFormReported: true)
            else { return nil }
            reporter.invalidType(
                "string", for: .key("openapi"), found: value,
                hint: "write the full version in quotes, such as '\(version.rawValue).0'")
            return version
        case .null, .bool:
            reporter.invalidType("string", for: .key("openapi"), found: value)
            return nil
        }
    }

    /// Maps `3.1.0` to `.v3_1`; reports versions we do not read and the 3.2 warning.
    private static func family(
        of text: String, at value: Node, reporter: BuildReporter, shortFormReported: Bool = false
    ) -> SpecVersion? {
        let core = text.split(separator: "-", maxSplits: 1).first.map(String.init) ?? text
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        let numeric = !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        let version: SpecVersion?
        if numeric, parts.count >= 2, parts.count <= 3, parts[0] == "3" {
            switch parts[1] {
            case "0": version = .v3_0
            case "1": version = .v3_1
            case "2": version = .v3_2
            default: version = nil
            }
        } else {
            version = nil
        }
        guard let version else {
            reporter.emit(
                .error, "unsupported-version",
                "unsupported openapi version '\(text)'; specc reads 3.0.x, 3.1.x and 3.2.x", at: value.span)
            return nil
        }
        if parts.count == 2 && !shortFormReported {
            reporter.invalidValue(
                "expected a full version such as '\(version.rawValue).0' for 'openapi', found '\(text)'", at: value.span
            )
        }
        if version == .v3_2 {
            reporter.emit(
                .warning, "newer-openapi-version",
                "openapi \(text) is read as 3.1 plus the 3.2 fields we know; other 3.2 additions are reported as "
                    + "unknown fields", at: value.span)
        }
        return version
    }
}
