/// A guide page read from `spec/pages/*.md`: its front matter, its Markdown body and what the site needs from it.
public struct Page: Sendable, Hashable {
    /// Whether a page is shown on the site.
    public enum Status: String, Sendable, Hashable {
        /// Shown.
        case published
        /// Left out of the site.
        case draft
    }

    /// The path diagnostics print for the source file.
    public var sourcePath: String
    /// `title` from the front matter, else the first heading, else the slug.
    public var title: String
    /// `path` from the front matter (the slug the page is published under), else the file name without `.md`.
    public var slug: String
    /// `order` from the front matter; pages without one sort after those with one.
    public var order: Int?
    /// `status`; `published` when missing.
    public var status: Status
    /// The Markdown body after the front matter.
    public var markdown: String
    /// 1-based line of the source file on which `markdown` starts.
    public var bodyFirstLine: Int
    /// Every heading in document order, with its stable anchor.
    public var headings: [PageHeading]
    /// Every link and image target in document order.
    public var links: [PageLink]

    /// Creates a page.
    public init(
        sourcePath: String, title: String, slug: String, order: Int? = nil, status: Status = .published,
        markdown: String, bodyFirstLine: Int = 1, headings: [PageHeading] = [], links: [PageLink] = []
    ) {
        self.sourcePath = sourcePath
        self.title = title
        self.slug = slug
        self.order = order
        self.status = status
        self.markdown = markdown
        self.bodyFirstLine = bodyFirstLine
        self.headings = headings
        self.links = links
    }

    /// Whether the page belongs on the site.
    public var isPublished: Bool { status == .published }
}

/// A heading of a page, for anchors and the table of contents.
public struct PageHeading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    /// Plain text of the heading.
    public var text: String
    /// The `id` given to the heading: slugified text, de-duplicated with `-2`, `-3`.
    public var anchor: String
    /// 1-based line in the source file.
    public var line: Int

    /// Creates a heading.
    public init(level: Int, text: String, anchor: String, line: Int) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.line = line
    }
}

/// A link (or image) target written in a page, with where it is.
public struct PageLink: Sendable, Hashable {
    /// The destination as written (`./authentication`, `op:createApiKey`, `#scopes`).
    public var target: String
    /// 1-based line in the source file.
    public var line: Int
    /// 1-based column in UTF-8 bytes.
    public var column: Int
    /// Whether it is an image.
    public var isImage: Bool

    /// Creates a link.
    public init(target: String, line: Int, column: Int, isImage: Bool = false) {
        self.target = target
        self.line = line
        self.column = column
        self.isImage = isImage
    }
}
