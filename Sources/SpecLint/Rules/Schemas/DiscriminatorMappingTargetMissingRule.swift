import SpecDiagnostics
import SpecModel

/// A discriminator mapping value that names no schema: payloads with that discriminator value cannot be
/// decoded.
///
/// A value without `/` or `#` (and not ending in `.yaml`, `.yml` or `.json`) is a schema name and must be a key
/// of `components/schemas` (or a file the document loaded). Any other value is a reference and must resolve.
/// A reference into a file that no `$ref` names is not checked: mapping values do not make the loader read
/// files, so we cannot tell whether it exists.
struct DiscriminatorMappingTargetMissingRule: LintRule {
    let id: DiagnosticID = "discriminator-mapping-target-missing"
    let defaultSeverity: Severity = .error
    let summary = "a discriminator mapping value names no schema"

    func check(_ context: LintContext) {
        let document = context.document
        let components = document.openAPI.components?.schemas ?? []
        let names = Set(components.map(\.name))
        SchemaWalker.forEachSchema(in: document) { schema in
            for entry in schema.discriminator?.mapping ?? [] {
                let target = entry.value.value
                let isName = Self.isSchemaName(target)
                if isName && names.contains(target) { continue }
                let problem: String
                switch document.files.resolve(target, from: entry.value.span.file) {
                case .resolved, .remote:
                    continue
                case .missingFile(let path):
                    guard document.files.loadFailures[path] != nil || isName else { continue }
                    problem = isName ? "which is not a schema in 'components/schemas'" : "whose file cannot be read"
                case .invalidPointer:
                    problem = "which is not a schema name or a JSON pointer reference"
                case .missingTarget:
                    problem = isName ? "which is not a schema in 'components/schemas'" : "which does not exist"
                }
                var notes: [(String, SourceSpan?)] = []
                let wanted = isName ? target : (target.split(separator: "/").last.map(String.init) ?? target)
                if let suggestion = Suggestions.closest(to: wanted, in: names),
                    let component = components.first(where: { $0.name == suggestion })
                {
                    notes.append(("did you mean '\(suggestion)'? it is defined here", component.nameSpan))
                }
                context.report(
                    "discriminator mapping '\(entry.name)' names '\(target)', \(problem)", at: entry.value.span,
                    notes: notes)
            }
        }
    }

    /// Whether a mapping value is a schema name rather than a reference.
    static func isSchemaName(_ value: String) -> Bool {
        let lowered = value.lowercased()
        return !value.contains("/") && !value.contains("#") && !lowered.hasSuffix(".yaml")
            && !lowered.hasSuffix(".yml") && !lowered.hasSuffix(".json")
    }
}
