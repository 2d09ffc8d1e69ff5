import SpecDiagnostics
import SpecModel

/// Security schemes, OAuth flows and security requirements.
extension DocumentBuilder {
    /// The Security Scheme Object, with the fields its `type` requires.
    func buildSecurityScheme(_ node: Node, subject: Subject) -> SecurityScheme? {
        guard var reader = reader(node, object: "security scheme object", subject: subject) else { return nil }
        let node = reader.node
        var scheme = SecurityScheme(node: node)
        reader.require("type")
        scheme.type = reader.token("type")
        scheme.description = reader.string("description")
        scheme.name = reader.string("name")
        scheme.location = reader.token("in")
        scheme.scheme = reader.string("scheme")
        scheme.bearerFormat = reader.string("bearerFormat")
        if let flows = reader.object("flows", buildOAuthFlows) { scheme.flows = flows }
        scheme.openIdConnectUrl = reader.string("openIdConnectUrl")
        _ = reader.string("oauth2MetadataUrl", since: .v3_2)
        _ = reader.bool("deprecated", since: .v3_2)
        scheme.extensions = reader.finish()
        guard let type = scheme.type else { return scheme }

        var types = ["apiKey", "http", "oauth2", "openIdConnect"]
        if version >= .v3_1 { types.insert("mutualTLS", at: 2) }
        guard types.contains(type.value) else {
            let hint = type.value == "mutualTLS" ? "'mutualTLS' is new in openapi 3.1" : nil
            reporter.invalidChoice(type, for: "type", allowed: types, hint: hint)
            return scheme
        }
        let required: [String]
        switch type.value {
        case "apiKey":
            required = ["name", "in"]
            if let location = scheme.location, !["query", "header", "cookie"].contains(location.value) {
                reporter.invalidChoice(location, for: "in", allowed: ["query", "header", "cookie"])
            }
        case "http": required = ["scheme"]
        case "oauth2": required = ["flows"]
        case "openIdConnect": required = ["openIdConnectUrl"]
        default: required = []
        }
        for field in required where !reader.has(field) {
            reporter.missingField(field, in: "security scheme object of type '\(type.value)'", at: node)
        }
        return scheme
    }

    /// The OAuth Flows Object, checked and kept as written.
    func buildOAuthFlows(_ node: Node, subject: Subject) -> Node? {
        guard var reader = reader(node, object: "oauth flows object", subject: subject) else { return nil }
        let node = reader.node
        _ = reader.object("implicit") { self.checkOAuthFlow($0, subject: $1, requires: ["authorizationUrl"]) }
        _ = reader.object("password") { self.checkOAuthFlow($0, subject: $1, requires: ["tokenUrl"]) }
        _ = reader.object("clientCredentials") { self.checkOAuthFlow($0, subject: $1, requires: ["tokenUrl"]) }
        _ = reader.object("authorizationCode") {
            self.checkOAuthFlow($0, subject: $1, requires: ["authorizationUrl", "tokenUrl"])
        }
        _ = reader.object("deviceAuthorization", since: .v3_2) {
            self.checkOAuthFlow($0, subject: $1, requires: ["deviceAuthorizationUrl", "tokenUrl"])
        }
        _ = reader.finish()
        return node
    }

    private func checkOAuthFlow(_ node: Node, subject: Subject, requires: [String]) -> Node? {
        guard var reader = reader(node, object: "oauth flow object", subject: subject) else { return nil }
        let node = reader.node
        for field in requires + ["scopes"] where !reader.has(field) {
            reporter.missingField(field, in: "oauth flow object", at: node)
        }
        _ = reader.string("authorizationUrl")
        _ = reader.string("deviceAuthorizationUrl", since: .v3_2)
        _ = reader.string("tokenUrl")
        _ = reader.string("refreshUrl")
        if let scopes = reader.mapping("scopes") {
            for entry in scopes.entries ?? [] where entry.value.string == nil {
                reporter.invalidType("string", for: .key(entry.name), found: entry.value)
            }
        }
        _ = reader.finish()
        return node
    }

    /// One Security Requirement Object: scheme names mapped to lists of scopes (or roles).
    func buildSecurityRequirement(_ node: Node, subject: Subject) -> SecurityRequirement? {
        guard node.isMapping else {
            reporter.invalidType("object", for: subject, found: node)
            return nil
        }
        var requirement = SecurityRequirement(node: node)
        requirement.schemes = ObjectReader.named(node, extensions: false) { entry in
            guard let items = entry.value.items else {
                reporter.invalidType("array", for: .key(entry.name), found: entry.value)
                return nil
            }
            return items.compactMap { values.string($0, for: .item(of: entry.name)) }
        }
        return requirement
    }
}
