import PageParser
import SpecModel
import SpecNormalizer

/// Where every page of the site lives: one unique, file-system-safe path per operation, schema, tag and guide.
///
/// Names are de-duplicated case-insensitively so the site also unpacks on case-insensitive file systems.
public struct SiteRoutes: Sendable {
    /// Path of each operation page by index in `API.operations`.
    public private(set) var operations: [String] = []
    /// Path of each schema page by name.
    public private(set) var schemas: [SchemaName: String] = [:]
    /// Path of each tag page by tag name.
    public private(set) var tags: [String: String] = [:]
    /// Path of each guide page by slug.
    public private(set) var guides: [String: String] = [:]
    /// Operation page paths by operationId, for `op:` links.
    public private(set) var operationIDs: [String: String] = [:]

    /// Assigns paths for everything in `api` and `pages`.
    public init(api: API, tagNames: [String], pages: [Page]) {
        var used: Set<String> = []
        func claim(_ folder: String, _ base: String) -> String {
            var candidate = base
            var counter = 2
            while used.contains("\(folder)/\(candidate)".lowercased()) {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            used.insert("\(folder)/\(candidate)".lowercased())
            return "\(folder)/\(candidate).html"
        }
        for operation in api.operations {
            let base = operation.operationId.map(HTML.fileName)
                ?? HTML.fileName(operation.method.rawValue + "-" + operation.path)
            let path = claim("operations", base)
            operations.append(path)
            if let id = operation.operationId, operationIDs[id] == nil { operationIDs[id] = path }
        }
        for named in api.schemas { schemas[named.name] = claim("schemas", HTML.fileName(named.name.rawValue)) }
        for tag in tagNames { tags[tag] = claim("tags", HTML.fileName(Slug.make(tag))) }
        for page in pages {
            let safe = page.slug.split(separator: "/").map { HTML.fileName(String($0)) }.joined(separator: "/")
            guides[page.slug] = claim("guides", safe.isEmpty ? "page" : safe)
        }
    }

    /// `../` once per folder level of `path`: the prefix that leads from that page to the site root.
    public static func rootPrefix(of path: String) -> String {
        String(repeating: "../", count: path.reduce(0) { $0 + ($1 == "/" ? 1 : 0) })
    }
}
