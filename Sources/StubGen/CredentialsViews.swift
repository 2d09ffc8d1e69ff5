import SpecNormalizer
import TemplateEngine

/// The values of `Client.swift`: the `Credentials` struct (one property per security scheme, and the Swift
/// statement that puts its value on a request) and the server helpers (`ServerViews`).
enum CredentialsViews {
    static func values(for api: API) -> [String: TemplateValue] {
        var scope = NameScope(reserved: ["has", "apply"])
        var hasBasic = false
        var schemes: [[String: TemplateValue]] = []
        for scheme in api.securitySchemes {
            guard let apply = statement(for: scheme) else { continue }
            let isBasic = scheme.type == "http" && scheme.scheme?.lowercased() == "basic"
            hasBasic = hasBasic || isBasic
            schemes.append([
                "swiftName": .text(scope.claim(SwiftName.member(scheme.name))),
                "nameLiteral": .text(SwiftLiteral.string(scheme.name)),
                "type": .text(isBasic ? "BasicCredentials" : "Swift.String"),
                "apply": .text(apply),
                "doc": TypeDeclView.doc(SwiftLiteral.doc(scheme.description, summary(of: scheme))),
            ])
        }
        return [
            "schemes": .list(schemes.enumerated().map { index, values in
                var values = values
                values["last"] = .flag(index == schemes.count - 1)
                return .object(TemplateDictionary(values))
            }),
            "hasBasic": .flag(hasBasic),
            "servers": ServerViews.list(api.servers),
        ]
    }

    /// The statement applying `value` for a scheme, or nil for schemes a client cannot fill in (mutual TLS).
    static func statement(for scheme: NormalizedSecurityScheme) -> String? {
        let authorization = "headers[HTTPTypes.HTTPField.Name.authorization]"
        switch scheme.type {
        case "http":
            switch scheme.scheme?.lowercased() {
            case "basic": return "\(authorization) = value.headerValue"
            case "bearer": return "\(authorization) = \"Bearer \" + value"
            default: return "\(authorization) = value"
            }
        case "apiKey":
            let name = SwiftLiteral.string(scheme.parameterName ?? scheme.name)
            switch scheme.location {
            case "query": return "query.addRaw(\(name), value)"
            case "cookie": return "SpeccParameters.setCookie(\(name), value, in: &headers)"
            default: return "SpeccParameters.setHeader(\(name), value, in: &headers)"
            }
        case "oauth2", "openIdConnect":
            return "\(authorization) = \"Bearer \" + value"
        default:
            return nil
        }
    }

    private static func summary(of scheme: NormalizedSecurityScheme) -> String {
        switch scheme.type {
        case "http": "HTTP \(scheme.scheme ?? "") authentication."
        case "apiKey": "API key sent in the \(scheme.location ?? "header") `\(scheme.parameterName ?? scheme.name)`."
        default: "An access token (\(scheme.type)), sent as a bearer token."
        }
    }
}
