import SpecDiagnostics
import SpecModel

/// The Components Object of the root file: each entry is built in place and also filed in the store under
/// `#/components/<kind>/<name>`, so a lookup does not care whether a reference is internal.
extension DocumentBuilder {
    private static let kinds: [(key: String, kind: ComponentKind, since: SpecVersion)] = [
        ("schemas", .schema, .v3_0), ("responses", .response, .v3_0), ("parameters", .parameter, .v3_0),
        ("examples", .example, .v3_0), ("requestBodies", .requestBody, .v3_0), ("headers", .header, .v3_0),
        ("securitySchemes", .securityScheme, .v3_0), ("links", .link, .v3_0), ("callbacks", .callback, .v3_0),
        ("pathItems", .pathItem, .v3_1),
    ]

    /// The Components Object.
    func buildComponents(_ node: Node, subject: Subject) -> Components? {
        guard var reader = reader(node, object: "components object", subject: subject) else { return nil }
        let node = reader.node
        // Register every component before building any, so references between components find them in place
        // instead of queueing a second build.
        for (key, kind, since) in DocumentBuilder.kinds where version >= since {
            for entry in node[key]?.entries ?? [] { markKnown(target(key, entry.name, in: node), as: kind) }
        }
        var components = Components(node: node)
        components.schemas = section(&reader, "schemas", .schema, \.schemas, buildSchema)
        components.responses = section(&reader, "responses", .response, \.responses, buildResponse)
        components.parameters = section(&reader, "parameters", .parameter, \.parameters, buildParameter)
        components.examples = section(&reader, "examples", .example, \.examples, buildExample)
        components.requestBodies = section(&reader, "requestBodies", .requestBody, \.requestBodies, buildRequestBody)
        components.headers = section(&reader, "headers", .header, \.headers, buildHeader)
        components.securitySchemes = section(
            &reader, "securitySchemes", .securityScheme, \.securitySchemes, buildSecurityScheme)
        components.links = section(&reader, "links", .link, \.links, buildLink)
        components.callbacks = section(&reader, "callbacks", .callback, \.callbacks, buildCallback)
        components.pathItems = section(&reader, "pathItems", since: .v3_1, .pathItem, \.pathItems, buildPathItem)
        if let mediaTypes = reader.mapping("mediaTypes", since: .v3_2) {
            checkNames(mediaTypes)
            _ = ObjectReader.named(mediaTypes, extensions: false) { buildMediaType($0.value, subject: .key($0.name)) }
        }
        components.extensions = reader.finish()
        return components
    }

    private func section<T>(
        _ reader: inout ObjectReader, _ key: String, since: SpecVersion = .v3_0, _ kind: ComponentKind,
        _ table: WritableKeyPath<ComponentStore, [RefTarget: T]>, _ build: (Node, Subject) -> T?
    ) -> [Named<Referenceable<T>>] {
        let components = reader.node
        guard let map = reader.mapping(key, since: since) else { return [] }
        checkNames(map)
        return ObjectReader.named(map, extensions: false) { entry in
            let slot = referenceable(entry.value, subject: .key(entry.name), kind: kind, build)
            if case .value(let value)? = slot { store[keyPath: table][target(key, entry.name, in: components)] = value }
            return slot
        }
    }

    private func target(_ key: String, _ name: String, in node: Node) -> RefTarget {
        RefTarget(file: node.span.file, pointer: JSONPointer(tokens: ["components", key, name]))
    }

    /// Component names may hold only letters, digits, `.`, `-` and `_`.
    private func checkNames(_ map: Node) {
        for entry in map.entries ?? [] {
            let valid =
                !entry.name.isEmpty
                && entry.name.utf8.allSatisfy { byte in
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
                        true
                    default: false
                    }
                }
            if !valid {
                reporter.invalidValue(
                    "component name '\(entry.name)' may only hold letters, digits, '.', '-' and '_'",
                    at: entry.key.span)
            }
        }
    }
}
