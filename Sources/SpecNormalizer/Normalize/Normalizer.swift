import SpecDiagnostics
import SpecModel

/// Turns a document as written into the `API` it describes: references resolved, schemas named, operations
/// sorted, inherited parameters and security applied.
public enum Normalizer {
    /// Normalizes `document`. Problems with the document were reported when it was built and linted;
    /// normalization skips what it cannot use (an unresolved parameter, a parameter without a name) rather
    /// than report it twice, so nothing is emitted into `sink` today.
    public static func normalize(_ document: RawDocument, into sink: any DiagnosticSink) -> API {
        let context = NormalizationContext(document: document)
        let openAPI = document.openAPI
        let info = openAPI.info
        var operations: [NormalizedOperation] = []
        for item in document.pathItems {
            operations += context.operations(of: item.value, path: item.name)
        }
        var webhooks: [NormalizedOperation] = []
        for webhook in openAPI.webhooks {
            if let item = document.pathItem(webhook.value) {
                webhooks += context.operations(of: item, path: webhook.name)
            }
        }
        return API(
            title: info?.title?.value ?? "",
            version: info?.version?.value ?? "",
            description: info?.description?.value,
            openapiVersion: openAPI.openapi?.value ?? "",
            servers: openAPI.servers.compactMap(Self.server),
            tags: openAPI.tags.compactMap { tag in
                tag.name.map { NormalizedTag(name: $0.value, description: tag.description?.value) }
            },
            operations: sorted(operations),
            webhooks: sorted(webhooks),
            schemas: context.namedSchemas(),
            securitySchemes: context.securitySchemes())
    }

    /// A top-level server; nil without a URL. Variables keep document order; a default or enum value that is
    /// not text (`port: 443`) is taken as written.
    static func server(_ server: Server) -> NormalizedServer? {
        guard let url = server.url?.value else { return nil }
        let variables = server.variables.map { variable in
            NormalizedServerVariable(
                name: variable.name,
                defaultValue: variable.value.defaultValue?.scalar?.text ?? "",
                enumValues: variable.value.enumValues.map { $0.compactMap { $0.scalar?.text } },
                description: variable.value.description?.value)
        }
        return NormalizedServer(url: url, description: server.description?.value, variables: variables.isEmpty ? nil : variables)
    }

    /// Sorts by path in UTF-8 byte order, then by method; the sort is stable, so repeated paths keep their
    /// document order.
    static func sorted(_ operations: [NormalizedOperation]) -> [NormalizedOperation] {
        operations.enumerated().sorted { left, right in
            let (lhs, rhs) = (left.element, right.element)
            if !lhs.path.utf8.elementsEqual(rhs.path.utf8) { return String.precedesInUTF8(lhs.path, rhs.path) }
            if lhs.method != rhs.method { return lhs.method < rhs.method }
            return left.offset < right.offset
        }.map(\.element)
    }
}
