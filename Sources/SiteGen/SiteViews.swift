import TemplateEngine

// Template inputs. Every String here is HTML already: spec text escaped with `HTML.escape`, descriptions rendered
// by cmark-gfm in safe mode. The template engine escapes nothing, so this is the only escaping there is.
// URLs are relative to the site root; templates prefix them with `{{{root}}}`.
// No optionals: a missing value in a Mustache section would be looked up in the enclosing view instead.
// How each view answers its template's keys: SiteViews+TemplateObject.swift.

/// A link with its label.
public struct LinkView: Sendable, Hashable {
    /// Label (HTML).
    public var title: String
    /// Root-relative URL (escaped).
    public var url: String
}

/// A server on the home page: its URL template and what its variables may be.
public struct ServerView: Sendable, Hashable {
    /// The URL as written, `{placeholders}` included (HTML).
    public var url: String
    /// `description` rendered from CommonMark (HTML; "" for none).
    public var description: String
    /// Its variables in document order.
    public var variables: [ServerVariableView]
}

/// One variable of a server URL template.
public struct ServerVariableView: Sendable, Hashable {
    /// The placeholder's name (HTML).
    public var name: String
    /// The default value (HTML).
    public var defaultValue: String
    /// The allowed values, each in `<code>`, comma-separated (HTML; "" when any value goes).
    public var allowed: String
    /// `description` rendered from CommonMark (HTML; "" for none).
    public var description: String
}

/// What a page template renders in: its view model, with `root` reachable from every section of it.
struct PageFrame: Sendable {
    /// `../` per folder level, leading back to the site root.
    var root: String
    /// The page's view model (`HomeView`, `OperationView`...).
    var page: any TemplateObject
}

/// The frame around every page: head, sidebar, breadcrumbs, previous/next.
public struct LayoutView: Sendable {
    /// Page title (HTML).
    public var title: String
    /// The site's name (HTML).
    public var siteTitle: String
    /// `../` per folder level, leading back to the site root.
    public var root: String
    /// Sidebar.
    public var nav: NavView
    /// The rendered page template.
    public var body: String
    /// Breadcrumbs above the title.
    public var breadcrumbs: [LinkView]
    /// Whether there is a previous page.
    public var hasPrevious: Bool
    /// Previous page.
    public var previous: LinkView
    /// Whether there is a next page.
    public var hasNext: Bool
    /// Next page.
    public var next: LinkView
    /// Whether there is a previous or a next page (the pager is left out otherwise).
    public var hasPager: Bool
    /// Footer text (HTML).
    public var footer: String
    /// Whether the page has a Markdown twin.
    public var hasTwin: Bool
    /// Root-relative URL of the Markdown twin (`operations/getPet.md`).
    public var twin: String
}

/// The sidebar: guides, then tags; the tag of the current page lists its operations.
public struct NavView: Sendable {
    /// Guide pages in order.
    public var guides: [NavItemView]
    /// Tag groups (`x-tagGroups`), or one unnamed group of every tag in document order.
    public var groups: [NavGroupView]
    /// Whether there are component schemas.
    public var hasSchemas: Bool
}

/// A group of tags in the sidebar.
public struct NavGroupView: Sendable {
    /// Group name (HTML); empty for the single group of an API without `x-tagGroups`.
    public var name: String
    /// Whether `name` is not empty.
    public var hasName: Bool
    /// Its tags.
    public var tags: [NavTagView]
}

/// One tag of the sidebar.
public struct NavTagView: Sendable {
    /// The tag link.
    public var item: NavItemView
    /// Whether the current page belongs to this tag (then its operations are listed).
    public var isOpen: Bool
    /// Its operations, listed when open: all of them, or for a tag with very many a window around the current
    /// page.
    public var operations: [NavItemView]
    /// Whether `operations` is a window of the tag's operations (then the sidebar links to the tag page for all).
    public var hasMore: Bool
    /// How many operations the tag has.
    public var operationCount: Int
}

/// One sidebar entry.
public struct NavItemView: Sendable {
    /// Label (HTML).
    public var title: String
    /// Root-relative URL.
    public var url: String
    /// Lower-case HTTP method for operations, else empty.
    public var method: String
    /// Whether this is the page being shown.
    public var isCurrent: Bool
}

/// The home page.
public struct HomeView: Sendable {
    /// API title (HTML).
    public var title: String
    /// API version (HTML).
    public var version: String
    /// `info.description` (HTML).
    public var description: String
    /// The top-level servers.
    public var servers: [ServerView]
    /// Guides in order.
    public var guides: [LinkView]
    /// Tag groups with their tags and descriptions.
    public var tagGroups: [TagGroupView]
    /// Whether the bundled document is offered as `openapi.json`.
    public var hasBundle: Bool
    /// Whether there are schemas.
    public var hasSchemas: Bool
    /// Component schemas.
    public var schemas: [LinkView]
}

/// A group of tags on the home page.
public struct TagGroupView: Sendable {
    /// Group name (HTML); empty without `x-tagGroups`.
    public var name: String
    /// Whether `name` is not empty.
    public var hasName: Bool
    /// Its tags.
    public var tags: [TagSummaryView]
}

/// A tag on the home page.
public struct TagSummaryView: Sendable {
    /// The tag link.
    public var link: LinkView
    /// Number of operations.
    public var count: Int
    /// Description (HTML).
    public var description: String
}

/// One page per tag.
public struct TagView: Sendable {
    /// Tag name (HTML).
    public var name: String
    /// Description (HTML).
    public var description: String
    /// The tag's operations in API order.
    public var operations: [OperationSummaryView]
}

/// An operation in a list.
public struct OperationSummaryView: Sendable {
    /// Upper-case method.
    public var method: String
    /// Lower-case method, for CSS.
    public var methodClass: String
    /// Path template (HTML).
    public var path: String
    /// Summary (HTML).
    public var summary: String
    /// Root-relative URL.
    public var url: String
    /// Whether deprecated.
    public var deprecated: Bool
}

/// A guide page.
public struct PageView: Sendable {
    /// Title (HTML).
    public var title: String
    /// The rendered Markdown body.
    public var body: String
    /// Whether there is a table of contents.
    public var hasTableOfContents: Bool
    /// Level 2 and 3 headings.
    public var tableOfContents: [TableOfContentsEntry]
}

/// One entry of a page's table of contents.
public struct TableOfContentsEntry: Sendable {
    /// Heading text (HTML).
    public var text: String
    /// The heading's anchor.
    public var anchor: String
    /// Whether it is a level 3 heading (indented).
    public var isSub: Bool
}

/// The 404 page.
public struct NotFoundView: Sendable {
    /// API title (HTML).
    public var title: String
}
