import SpecDiagnostics
import SpecModel

/// Info, contact, licence, servers, tags and external docs: the small descriptive objects.
extension DocumentBuilder {
    /// The Info Object.
    func buildInfo(_ node: Node, subject: Subject) -> Info? {
        guard var reader = reader(node, object: "info object", subject: subject) else { return nil }
        let node = reader.node
        var info = Info(node: node)
        reader.require("title", "version")
        info.title = reader.string("title")
        info.summary = reader.string("summary", since: .v3_1)
        info.description = reader.string("description")
        info.termsOfService = reader.string("termsOfService")
        info.contact = reader.object("contact", buildContact)
        info.license = reader.object("license", buildLicense)
        info.version = reader.string("version")
        info.extensions = reader.finish()
        return info
    }

    /// The Contact Object.
    func buildContact(_ node: Node, subject: Subject) -> Contact? {
        guard var reader = reader(node, object: "contact object", subject: subject) else { return nil }
        let node = reader.node
        var contact = Contact(node: node)
        contact.name = reader.string("name")
        contact.url = reader.string("url")
        contact.email = reader.string("email")
        _ = reader.finish()
        return contact
    }

    /// The License Object.
    func buildLicense(_ node: Node, subject: Subject) -> License? {
        guard var reader = reader(node, object: "license object", subject: subject) else { return nil }
        let node = reader.node
        var license = License(node: node)
        reader.require("name")
        license.name = reader.string("name")
        license.identifier = reader.string("identifier", since: .v3_1)
        license.url = reader.string("url")
        _ = reader.finish()
        return license
    }

    /// The External Documentation Object.
    func buildExternalDocs(_ node: Node, subject: Subject) -> ExternalDocumentation? {
        guard var reader = reader(node, object: "external documentation object", subject: subject) else {
            return nil
        }
        let node = reader.node
        var docs = ExternalDocumentation(node: node)
        reader.require("url")
        docs.description = reader.string("description")
        docs.url = reader.string("url")
        _ = reader.finish()
        return docs
    }

    /// The Tag Object.
    func buildTag(_ node: Node, subject: Subject) -> Tag? {
        guard var reader = reader(node, object: "tag object", subject: subject) else { return nil }
        let node = reader.node
        var tag = Tag(node: node)
        reader.require("name")
        tag.name = reader.string("name")
        _ = reader.string("summary", since: .v3_2)
        tag.description = reader.string("description")
        tag.externalDocs = reader.object("externalDocs", buildExternalDocs)
        _ = reader.string("parent", since: .v3_2)
        _ = reader.string("kind", since: .v3_2)
        tag.extensions = reader.finish()
        return tag
    }

    /// The Server Object.
    func buildServer(_ node: Node, subject: Subject) -> Server? {
        guard var reader = reader(node, object: "server object", subject: subject) else { return nil }
        let node = reader.node
        var server = Server(node: node)
        reader.require("url")
        server.url = reader.string("url")
        server.description = reader.string("description")
        _ = reader.string("name", since: .v3_2)
        server.variables =
            reader.map("variables") { entry in
                self.buildServerVariable(entry.value, subject: .key(entry.name))
            } ?? []
        _ = reader.finish()
        return server
    }

    /// The Server Variable Object: a string default and, when given, a list of string choices (3.1 and
    /// later: at least one).
    func buildServerVariable(_ node: Node, subject: Subject) -> ServerVariable? {
        guard var reader = reader(node, object: "server variable object", subject: subject) else { return nil }
        let node = reader.node
        var variable = ServerVariable(node: node)
        reader.require("default")
        if let items = reader.sequence("enum"), let enumNode = node["enum"] {
            variable.enumNode = enumNode
            variable.enumValues = items
            for item in items where item.string == nil {
                reporter.invalidType("string", for: .item(of: "enum"), found: item)
            }
            if items.isEmpty && version >= .v3_1 {
                reporter.invalidValue(
                    "expected at least one value for 'enum'; openapi \(version.rawValue) does not allow an empty list",
                    at: enumNode.span)
            }
        }
        if let value = reader.any("default") {
            variable.defaultValue = value
            if value.string == nil { reporter.invalidType("string", for: .key("default"), found: value) }
        }
        variable.description = reader.string("description")
        _ = reader.finish()
        return variable
    }
}
