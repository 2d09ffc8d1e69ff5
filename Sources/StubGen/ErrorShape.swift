import SpecNormalizer

/// Reads an operation's documented 400 body to answer undecodable requests in the contract's own words.
///
/// The generated server cannot build an arbitrary schema from an error message, so it recognises the common
/// shapes: an envelope (`{"error": {"code", "message", "details"}}`), a flat object with a message, and RFC
/// 9457 problem details; anything else gets a plain-text message.
enum ErrorShape {
    /// A `SpeccErrorShape` expression for `operation`.
    static func expression(for operation: NormalizedOperation, types: TypeBuilder) -> String {
        let candidates = ["400", "4XX", "default"]
        guard
            let response = candidates.lazy.compactMap({ status in operation.responses.first { $0.status.uppercased() == status.uppercased() } }).first,
            let media = response.content.first
        else { return ".text" }
        if media.mediaType.lowercased().hasPrefix("application/problem+json") { return ".problem" }
        guard ContentDecl.kind(of: media.mediaType.lowercased()) == .json, let use = media.schema,
            let schema = flattened(use, types: types)
        else { return ".text" }
        let names = Set(schema.properties.map(\.name))
        if let message = first(["message", "detail", "error_description", "description"], in: names) {
            return ".flat(code: \(literal(first(["code", "error", "type"], in: names))), message: \(SwiftLiteral.string(message)), details: \(literal(first(["details", "errors"], in: names))))"
        }
        for key in ["error", "errors"] {
            guard let property = schema.properties.first(where: { $0.name == key }),
                let inner = flattened(property.schema, types: types)
            else { continue }
            let innerNames = Set(inner.properties.map(\.name))
            if let message = first(["message", "detail", "description"], in: innerNames) {
                return ".envelope(key: \(SwiftLiteral.string(key)), code: \(literal(first(["code", "type"], in: innerNames))), message: \(SwiftLiteral.string(message)), details: \(literal(first(["details", "errors"], in: innerNames))))"
            }
        }
        return ".text"
    }

    private static func flattened(_ use: SchemaUse, types: TypeBuilder) -> NormalizedSchema? {
        guard var schema = types.resolve(use) else { return nil }
        for member in schema.allOf {
            if let resolved = types.resolve(member) { schema.properties += resolved.properties }
        }
        return schema
    }

    private static func first(_ candidates: [String], in names: Set<String>) -> String? {
        candidates.first { names.contains($0) }
    }

    private static func literal(_ name: String?) -> String { name.map(SwiftLiteral.string) ?? "nil" }
}
