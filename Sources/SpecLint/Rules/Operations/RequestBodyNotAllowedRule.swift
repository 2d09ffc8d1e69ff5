import SpecDiagnostics
import SpecModel

/// A `requestBody` on GET, HEAD, DELETE or TRACE. HTTP gives a body no meaning on these methods (TRACE
/// forbids one), OpenAPI 3.0 says consumers ignore it there and 3.1 says to avoid it; clients, proxies and
/// servers may drop it.
///
/// An optional body that can only be an empty object (`properties: {}`, `additionalProperties: false`) is
/// not reported: it says "send nothing", which is what the method wants. Stripe writes one on each of its 216
/// GET operations.
struct RequestBodyNotAllowedRule: LintRule {
    let id: DiagnosticID = "request-body-not-allowed"
    let defaultSeverity: Severity = .warning
    let summary = "a GET, HEAD, DELETE or TRACE operation has a requestBody"

    static let methods: Set<HTTPMethod> = [.get, .head, .delete, .trace]

    func check(_ context: LintContext) {
        for operation in context.operationWalker.operations
        where RequestBodyNotAllowedRule.methods.contains(operation.method) {
            guard let entry = operation.operation.node.entry("requestBody") else { continue }
            if let slot = operation.operation.requestBody, let body = context.document.requestBody(slot),
                isOptionalAndEmpty(body, in: context.document)
            {
                continue
            }
            let method = operation.method.uppercased
            let reason =
                operation.method == .trace
                ? "HTTP forbids a body on TRACE"
                : "HTTP defines no meaning for a body on \(method), and clients and proxies may drop it"
            context.report(
                "\(method) operation has a 'requestBody': \(reason)", at: entry.key.span,
                operation: operation.reference)
        }
    }

    /// Whether the body is optional and every media type allows only an empty object.
    private func isOptionalAndEmpty(_ body: RequestBody, in document: RawDocument) -> Bool {
        guard body.required?.value != true, !body.content.isEmpty else { return false }
        return body.content.allSatisfy { media in
            guard let slot = media.value.schema, let schema = document.schema(slot),
                case .allowed(let additional)? = schema.additionalProperties, !additional.value
            else { return false }
            return schema.properties.isEmpty && schema.patternProperties.isEmpty && schema.allOf.isEmpty
                && schema.anyOf.isEmpty && schema.oneOf.isEmpty
        }
    }
}
