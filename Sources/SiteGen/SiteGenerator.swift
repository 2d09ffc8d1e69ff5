import Dispatch
import PageParser
import SpecDiagnostics
import SpecNormalizer
import Synchronization
import TemplateEngine

/// API + guide pages → the files of a static documentation site.
public enum SiteGenerator {
    /// Generates the site. Output is sorted by path and holds no timestamps or absolute paths. Drafts are left
    /// out; broken guide links and templates that do not parse or render are reported to `sink`.
    public static func generate(
        api: API, pages allPages: [Page], templates: SiteTemplates, config: SiteConfig = SiteConfig(),
        into sink: any DiagnosticSink, templatePath: (String) -> String = { "Templates/site/" + $0 }
    ) -> [SiteFile] {
        let pages = SiteContext.ordered(allPages.filter(\.isPublished))
        let context = SiteContext(api: api, pages: pages, config: config)
        let compiled = templates.compile(into: sink, displayPath: templatePath)
        let renderer = SitePageRenderer(context: context, templates: compiled, documentName: config.documentName)

        var jobs: [SitePage] = [.home, .notFound]
        jobs += context.tagOperations.indices.map { .tag($0) }
        jobs += context.operationOrder.indices.map { .operation(position: $0) }
        jobs += api.schemas.indices.map { .schema($0) }
        // Guide bodies are rendered here, one after the other: cmark-gfm's parser is not thread-safe, and
        // resolving their links reports broken ones.
        for (position, page) in pages.enumerated() {
            guard let path = context.routes.guides[page.slug] else { continue }
            let root = SiteRoutes.rootPrefix(of: path)
            let body = PageRenderer.render(page) { context.guideLinks.resolve($0, in: page, root: root, into: sink) }
            jobs.append(.guide(position: position, body: body))
        }

        // Pages are independent and templates immutable: render them in parallel, each into its own slot.
        let results = Mutex<[Int: Result<[SiteFile], TemplateError>]>([:])
        let frozenJobs = jobs
        DispatchQueue.concurrentPerform(iterations: frozenJobs.count) { index in
            let result = Result { () throws(TemplateError) -> [SiteFile] in try renderer.files(for: frozenJobs[index]) }
            results.withLock { $0[index] = result }
        }
        var files: [SiteFile] = []
        var errors: [String: Diagnostic] = [:]
        for (_, result) in results.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            switch result {
            case .success(let pageFiles): files += pageFiles
            case .failure(let error):
                // One finding per broken tag, however many pages it broke.
                let diagnostic = compiled.renderDiagnostic(error)
                errors[diagnostic.formatted] = diagnostic
            }
        }
        for key in errors.keys.sorted() { sink.emit(errors[key]!) }

        for name in ["assets/site.css", "assets/site.js"] {
            files.append(SiteFile(path: name, text: templates.files[name] ?? ""))
        }
        let search = context.searchIndex()
        files.append(SiteFile(path: "search-index.json", text: search.json))
        files.append(SiteFile(path: "search-index.js", text: search.script))
        let htmlPaths = files.map(\.path).filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
        files.append(SiteFile(path: "sitemap.xml", text: SiteExtras.sitemap(paths: htmlPaths, baseURL: config.baseURL)))
        if let bundle = config.bundledDocument { files.append(SiteFile(path: "openapi.json", bytes: bundle)) }
        files.append(SiteFile(path: "llms.txt", text: SiteExtras.llmsText(api: api, context: context, pages: pages)))
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
