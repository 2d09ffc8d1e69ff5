import PageParser
import SpecNormalizer
import StubGen

/// What every page of one site shares: routes, tag grouping, builders and the sidebar.
struct SiteContext {
    /// The group of operations without a tag.
    static let untagged = "Other operations"

    let api: API
    let pages: [Page]
    let routes: SiteRoutes
    /// Tags in document order (declared first, then those only used), each with its operation indexes.
    let tagOperations: [(String, [Int])]
    let tagDescriptions: [String: String]
    /// Tag groups (`x-tagGroups`, else one unnamed group), each with indexes into `tagOperations`.
    let tagGroups: [(name: String, tags: [Int])]
    /// Whether `openapi.json` is written.
    let hasBundle: Bool
    /// Operation indexes in sidebar order, for previous/next.
    let operationOrder: [Int]
    let operations: OperationViewBuilder
    let trees: SchemaTreeBuilder
    let guideLinks: GuideLinkResolver
    let descriptionLinks: DescriptionLinks
    let usage: UsageIndex
    /// The base URL for absolute links in `llms.txt`, or empty.
    let baseURL: String
    private let navTemplate: NavView

    init(api: API, pages: [Page], config: SiteConfig) {
        self.api = api
        self.pages = pages
        baseURL = config.baseURL ?? ""
        var names = api.tags.map(\.name)
        var byTag: [String: [Int]] = [:]
        for (index, operation) in api.operations.enumerated() {
            let tags = operation.tags.isEmpty ? [Self.untagged] : operation.tags
            for tag in tags {
                if byTag[tag] == nil && !names.contains(tag) { names.append(tag) }
                byTag[tag, default: []].append(index)
            }
        }
        names = names.filter { byTag[$0] != nil }
        var seenNames = Set<String>()
        names = names.filter { seenNames.insert($0).inserted }
        let groups = TagGroup.arrange(names, by: config.tagGroups)
        // Sidebar order: by group; a tag several groups list keeps its first place for previous/next.
        var ordered: [String] = []
        var placed = Set<String>()
        for group in groups { ordered += group.tags.filter { placed.insert($0).inserted } }
        names = ordered
        tagOperations = names.map { ($0, byTag[$0] ?? []) }
        let position = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        tagGroups = groups.map { group in (name: group.name, tags: group.tags.compactMap { position[$0] }) }
        hasBundle = config.bundledDocument != nil
        tagDescriptions = Dictionary(api.tags.map { ($0.name, $0.description ?? "") }, uniquingKeysWith: { first, _ in first })
        routes = SiteRoutes(api: api, tagNames: names, pages: pages)
        var seen = Set<Int>()
        operationOrder = tagOperations.flatMap(\.1).filter { seen.insert($0).inserted }
        trees = SchemaTreeBuilder(api: api, routes: routes)
        operations = OperationViewBuilder(
            api: api, routes: routes, trees: trees, examples: ExampleBuilder(api: api), stubs: StubNaming(api: api, nameOverrides: config.swiftNameOverrides))
        guideLinks = GuideLinkResolver(routes: routes, pages: pages)
        descriptionLinks = DescriptionLinks(routes: routes)
        usage = UsageIndex(api: api)
        let routes = routes
        let tagOperations = tagOperations
        let navTags = tagOperations.map { tag, indexes in
            NavTagView(
                item: NavItemView(title: HTML.escape(tag), url: routes.tags[tag] ?? "", method: "", isCurrent: false),
                isOpen: false,
                operations: indexes.map { index in
                    let operation = api.operations[index]
                    return NavItemView(
                        title: HTML.escape(operation.summary ?? operation.path), url: routes.operations[index],
                        method: operation.method.rawValue, isCurrent: false)
                }, hasMore: false, operationCount: indexes.count)
        }
        navTemplate = NavView(
            guides: pages.map {
                NavItemView(title: HTML.escape($0.title), url: routes.guides[$0.slug] ?? "", method: "", isCurrent: false)
            },
            groups: tagGroups.map { group in
                NavGroupView(name: HTML.escape(group.name), hasName: !group.name.isEmpty, tags: group.tags.map { navTags[$0] })
            },
            hasSchemas: !api.schemas.isEmpty)
    }

    /// Pages by `order` (pages without one last), then slug.
    static func ordered(_ pages: [Page]) -> [Page] {
        pages.sorted { left, right in
            let (a, b) = (left.order ?? Int.max, right.order ?? Int.max)
            return a != b ? a < b : left.slug.utf8.lexicographicallyPrecedes(right.slug.utf8)
        }
    }

    /// A tag with more operations than this lists only `navWindowSize` of them in the sidebar, around the current
    /// page, and links to its tag page for all: an API without tags (Stripe) would otherwise repeat a list of every
    /// operation, 65 KB, on each of its pages.
    static let navListLimit = 60
    static let navWindowSize = 41

    /// The operations of an open tag the sidebar lists: all of them, or a window centred on `current`.
    static func navWindow(count: Int, current: Int?) -> Range<Int> {
        guard count > navListLimit else { return 0..<count }
        let lower = max(0, min((current ?? 0) - navWindowSize / 2, count - navWindowSize))
        return lower..<(lower + navWindowSize)
    }

    /// The sidebar with `current` marked and only `openTag`'s operations listed (keeps pages small on big APIs).
    func nav(current: String, openTag: String?) -> NavView {
        var nav = navTemplate
        for index in nav.guides.indices { nav.guides[index].isCurrent = nav.guides[index].url == current }
        for group in nav.groups.indices {
            for index in nav.groups[group].tags.indices {
                var tag = nav.groups[group].tags[index]
                tag.isOpen = tagOperations[tagGroups[group].tags[index]].0 == openTag
                tag.item.isCurrent = tag.item.url == current
                if tag.isOpen {
                    for item in tag.operations.indices { tag.operations[item].isCurrent = tag.operations[item].url == current }
                    let window = Self.navWindow(count: tag.operations.count, current: tag.operations.firstIndex(where: \.isCurrent))
                    tag.hasMore = window.count < tag.operations.count
                    tag.operations = Array(tag.operations[window])
                } else {
                    tag.operations = []
                }
                nav.groups[group].tags[index] = tag
            }
        }
        return nav
    }

    func summaryView(_ index: Int) -> OperationSummaryView {
        let operation = api.operations[index]
        return OperationSummaryView(
            method: operation.method.uppercased, methodClass: operation.method.rawValue,
            path: HTML.escape(operation.path), summary: HTML.escape(operation.summary ?? ""),
            url: routes.operations[index], deprecated: operation.deprecated)
    }

    func navLink(_ index: Int) -> LinkView {
        let operation = api.operations[index]
        return LinkView(
            title: HTML.escape(operation.summary ?? "\(operation.method.uppercased) \(operation.path)"),
            url: routes.operations[index])
    }

    /// A server as the home page lists it; descriptions are CommonMark, as elsewhere in the document.
    static func serverView(_ server: NormalizedServer) -> ServerView {
        ServerView(
            url: HTML.escape(server.url), description: HTML.markdown(server.description),
            variables: (server.variables ?? []).map { variable in
                ServerVariableView(
                    name: HTML.escape(variable.name), defaultValue: HTML.escape(variable.defaultValue),
                    allowed: (variable.enumValues ?? []).map { "<code>" + HTML.escape($0) + "</code>" }
                        .joined(separator: ", "),
                    description: HTML.markdown(variable.description))
            })
    }

    func homeView() -> HomeView {
        HomeView(
            title: HTML.escape(api.title), version: HTML.escape(api.version), description: HTML.markdown(api.description),
            servers: api.servers.map(Self.serverView),
            guides: pages.map { LinkView(title: HTML.escape($0.title), url: routes.guides[$0.slug] ?? "") },
            tagGroups: tagGroups.map { group in
                TagGroupView(
                    name: HTML.escape(group.name), hasName: !group.name.isEmpty,
                    tags: group.tags.map { tagOperations[$0] }.map { tag, indexes in
                        TagSummaryView(
                            link: LinkView(title: HTML.escape(tag), url: routes.tags[tag] ?? ""), count: indexes.count,
                            description: HTML.markdown(tagDescriptions[tag]))
                    })
            },
            hasBundle: hasBundle,
            hasSchemas: !api.schemas.isEmpty,
            schemas: api.schemas.map {
                LinkView(title: HTML.escape($0.name.rawValue), url: routes.schemas[$0.name] ?? "")
            })
    }

    func schemaView(_ named: NamedSchema, path: String) -> SchemaView {
        var anchors = AnchorSet()
        let root = SiteRoutes.rootPrefix(of: path)
        var tree = trees.tree(.named(named.name), prefix: "schema", root: root, anchors: &anchors)
        // The page is the schema: its root shows the type, not a link to itself.
        tree.type = HTML.escape(trees.typeText(named.schema))
        let byOperations = (usage.operations[named.name] ?? []).sorted().map(navLink)
        let bySchemas = (usage.schemas[named.name] ?? []).map {
            LinkView(title: HTML.escape($0.rawValue), url: routes.schemas[$0] ?? "")
        }
        return SchemaView(
            name: HTML.escape(named.name.rawValue), tree: tree, hasUsedBy: !byOperations.isEmpty || !bySchemas.isEmpty,
            usedByOperations: byOperations, usedBySchemas: bySchemas,
            example: HTML.escape(JSONText.pretty(operations.examples.example(.named(named.name)))))
    }
}
