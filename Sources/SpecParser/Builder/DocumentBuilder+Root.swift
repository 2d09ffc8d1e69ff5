import SpecDiagnostics
import SpecModel

extension DocumentBuilder {
    /// The OpenAPI Object. Components are read first so every root component is registered before a
    /// reference elsewhere could queue it for a second build.
    func buildRoot(_ root: Node) -> OpenAPIDocument {
        var document = OpenAPIDocument(node: root, version: version)
        var reader = ObjectReader(root, object: "openapi object", builder: self)
        if let value = reader.entry("openapi")?.value, let scalar = value.scalar {
            document.openapi = Located(scalar.text, at: value.span)
        }
        reader.require("info")
        document.components = reader.object("components", buildComponents)
        document.info = reader.object("info", buildInfo)
        document.jsonSchemaDialect = reader.string("jsonSchemaDialect", since: .v3_1)
        _ = reader.string("$self", since: .v3_2)
        document.servers = reader.list("servers", buildServer) ?? []
        document.paths = reader.object("paths", buildPaths)
        document.webhooks = reader.referenceableMap(
            "webhooks", since: .v3_1, kind: .pathItem, builder: self, buildPathItem)
        document.security = reader.list("security", buildSecurityRequirement)
        document.tags = reader.list("tags", buildTag) ?? []
        document.externalDocs = reader.object("externalDocs", buildExternalDocs)
        document.extensions = reader.finish()
        if version == .v3_0 {
            reader.require("paths")
        } else if !reader.has("paths") && !reader.has("components") && !reader.has("webhooks") {
            reporter.emit(
                .error, "missing-field",
                "missing required field 'paths', 'components' or 'webhooks' in openapi object; openapi "
                    + "\(version.rawValue) needs at least one", at: root.span)
        }
        return document
    }
}
