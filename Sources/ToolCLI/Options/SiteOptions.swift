import ArgumentParser
import Foundation
import Pipeline
import SiteGen

/// Where the site's guide pages and templates come from, shared by `site` and `build`.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of Markdown guide pages (default: 'pages' beside the document).")
    var pages: String?

    @Option(name: .long, help: "Folder of templates overriding the built-in ones file by file.")
    var templates: String?

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is published under (sitemap, llms.txt, and the links of the 404 page).")
    var baseURL: String?

    /// Every `.md` file of the pages folder, recursively, sorted (the same discovery `validate` uses).
    func pagePaths(for document: String) -> [String] {
        Pipeline().pagePaths(forDocument: document, folder: pages)
    }

    /// The generator's settings for `document`.
    func config(for document: String) -> SiteConfig { SiteConfig(baseURL: baseURL, documentName: document) }
}
