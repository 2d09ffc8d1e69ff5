import TemplateEngine

// How the site's views answer their templates (`Templates/site`). Each view answers every key its template
// reads, with `false`, `""` or `[]` for absent values: a `nil` answer makes the lookup climb to an enclosing
// view, which would show the wrong value. The one key no view answers is `root`, which always comes from the
// page frame or the layout at the bottom of the stack.

extension TemplateValue {
    /// A list of views.
    static func objects(_ views: [some TemplateObject]) -> TemplateValue {
        .list(views.map { .object($0) })
    }

    /// A list of texts.
    static func texts(_ texts: [String]) -> TemplateValue {
        .list(texts.map { .text($0) })
    }
}

extension LinkView: TemplateObject {
    /// `title`, `url`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "url": .text(url)
        default: nil
        }
    }
}

extension PageFrame: TemplateObject {
    func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "root": .text(root)
        case "page": .object(page)
        default: nil
        }
    }
}

extension LayoutView: TemplateObject {
    /// Keys of `layouts/base.html`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "siteTitle": .text(siteTitle)
        case "root": .text(root)
        case "nav": .object(nav)
        case "body": .text(body)
        case "hasBreadcrumbs": .flag(!breadcrumbs.isEmpty)
        case "breadcrumbs": .objects(breadcrumbs)
        case "hasPrevious": .flag(hasPrevious)
        case "previous": .object(previous)
        case "hasNext": .flag(hasNext)
        case "next": .object(next)
        case "hasPager": .flag(hasPager)
        case "footer": .text(footer)
        case "hasTwin": .flag(hasTwin)
        case "twin": .text(twin)
        default: nil
        }
    }
}

extension NavView: TemplateObject {
    /// Keys of `partials/_nav.html`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "hasGuides": .flag(!guides.isEmpty)
        case "guides": .objects(guides)
        case "groups": .objects(groups)
        case "hasSchemas": .flag(hasSchemas)
        default: nil
        }
    }
}

extension NavGroupView: TemplateObject {
    /// `name`, `hasName`, `tags`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "hasName": .flag(hasName)
        case "tags": .objects(tags)
        default: nil
        }
    }
}

extension NavTagView: TemplateObject {
    /// `item`, `isOpen`, `operations`, `hasMore`, `operationCount`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "item": .object(item)
        case "isOpen": .flag(isOpen)
        case "operations": .objects(operations)
        case "hasMore": .flag(hasMore)
        case "operationCount": .text(String(operationCount))
        default: nil
        }
    }
}

extension NavItemView: TemplateObject {
    /// `title`, `url`, `method`, `isCurrent`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "url": .text(url)
        case "method": .text(method)
        case "isCurrent": .flag(isCurrent)
        default: nil
        }
    }
}

extension HomeView: TemplateObject {
    /// Keys of `index.html`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "version": .text(version)
        case "description": .text(description)
        case "hasServers": .flag(!servers.isEmpty)
        case "servers": .objects(servers)
        case "hasGuides": .flag(!guides.isEmpty)
        case "guides": .objects(guides)
        case "tagGroups": .objects(tagGroups)
        case "hasBundle": .flag(hasBundle)
        case "hasSchemas": .flag(hasSchemas)
        case "schemas": .objects(schemas)
        default: nil
        }
    }
}

extension ServerView: TemplateObject {
    /// `url`, `description`, `hasVariables`, `variables`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "url": .text(url)
        case "description": .text(description)
        case "hasVariables": .flag(!variables.isEmpty)
        case "variables": .objects(variables)
        default: nil
        }
    }
}

extension ServerVariableView: TemplateObject {
    /// `name`, `defaultValue`, `allowed`, `description`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "defaultValue": .text(defaultValue)
        case "allowed": .text(allowed)
        case "description": .text(description)
        default: nil
        }
    }
}

extension TagGroupView: TemplateObject {
    /// `name`, `hasName`, `tags`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "hasName": .flag(hasName)
        case "tags": .objects(tags)
        default: nil
        }
    }
}

extension TagSummaryView: TemplateObject {
    /// `link`, `count`, `description`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "link": .object(link)
        case "count": .text(String(count))
        case "description": .text(description)
        default: nil
        }
    }
}

extension TagView: TemplateObject {
    /// Keys of `tag.html`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "description": .text(description)
        case "operations": .objects(operations)
        default: nil
        }
    }
}

extension OperationSummaryView: TemplateObject {
    /// `method`, `methodClass`, `path`, `summary`, `url`, `deprecated`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "method": .text(method)
        case "methodClass": .text(methodClass)
        case "path": .text(path)
        case "summary": .text(summary)
        case "url": .text(url)
        case "deprecated": .flag(deprecated)
        default: nil
        }
    }
}

extension PageView: TemplateObject {
    /// Keys of `page.html`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "body": .text(body)
        case "hasTableOfContents": .flag(hasTableOfContents)
        case "tableOfContents": .objects(tableOfContents)
        default: nil
        }
    }
}

extension TableOfContentsEntry: TemplateObject {
    /// `text`, `anchor`, `isSub`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "text": .text(text)
        case "anchor": .text(anchor)
        case "isSub": .flag(isSub)
        default: nil
        }
    }
}

extension NotFoundView: TemplateObject {
    /// Keys of `404.html`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        default: nil
        }
    }
}
