import PageParser
import SpecDiagnostics
import SpecNormalizer

/// Checks the links of guide pages without generating the site: what `specc validate` runs on the pages.
public enum GuideLinkChecker {
    /// Reports every link of a published page in `pages` that names no page, heading, operation or schema, as
    /// `broken-link` findings located at the link. Drafts are skipped, and a link to a draft is broken, as on
    /// the generated site.
    public static func check(api: API, pages allPages: [Page], into sink: any DiagnosticSink) {
        let pages = SiteContext.ordered(allPages.filter(\.isPublished))
        // Tag pages live in their own folder, so they cannot change a guide's path: no tag names are needed.
        let routes = SiteRoutes(api: api, tagNames: [], pages: pages)
        let resolver = GuideLinkResolver(routes: routes, pages: pages)
        for page in pages {
            guard let path = routes.guides[page.slug] else { continue }
            let root = SiteRoutes.rootPrefix(of: path)
            for link in page.links { _ = resolver.resolve(link, in: page, root: root, into: sink) }
        }
    }
}
