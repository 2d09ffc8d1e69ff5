import Foundation
import PageParser
import SiteGen
import SpecDiagnostics
import SpecNormalizer

extension Pipeline {
    /// Every `.md` file under `folder` (default: `pages` beside `document`), recursively, sorted; empty when the
    /// folder does not exist or the file system cannot list.
    public func pagePaths(forDocument document: String, folder: String? = nil) -> [String] {
        let parent = (document as NSString).deletingLastPathComponent
        let folder = folder ?? (parent.isEmpty ? "pages" : parent + "/pages")
        guard let listing = fileSystem as? any FileListing else { return [] }
        return listing.files(under: folder).filter { $0.hasSuffix(".md") }.map { folder + "/" + $0 }
    }

    /// Reads and parses the guide pages at `pagePaths` (sorted), adding each file to `sources` for excerpts.
    func readPages(_ pagePaths: [String], sources: SourceFileTable, into sink: any DiagnosticSink) -> [Page] {
        var pages: [Page] = []
        for pagePath in pagePaths.sorted() {
            do {
                let file = SourceFile(path: pagePath, bytes: try fileSystem.read(pagePath, maxBytes: 16 << 20))
                _ = sources.add(file)
                pages.append(PageParser.parse(file: file, into: sink))
            } catch {
                sink.emit(Diagnostic(.error, "unreadable-page", "cannot read page '\(pagePath)'"))
            }
        }
        return pages
    }

    /// Validates `path` and checks the guide pages at `pagePaths` as the site would, without rendering it: page
    /// findings and every broken relative, heading, `op:` or `schema:` link. Without pages this is `validate`.
    public func validate(_ path: String, pagePaths: [String]) -> ValidationResult {
        var validation = validate(path)
        guard !pagePaths.isEmpty else { return validation }
        let sink = DiagnosticCollector()
        let pages = readPages(pagePaths, sources: validation.sources, into: sink)
        // Links name operations and schemas of the normalized API; the normalizer's own findings are `site`'s to
        // report, so validate's findings stay the same whether or not there are pages.
        if let document = validation.document {
            let api = Normalizer.normalize(document, into: DiagnosticCollector())
            GuideLinkChecker.check(api: api, pages: pages, into: sink)
        }
        guard !sink.diagnostics.isEmpty else { return validation }
        validation.diagnostics = (validation.diagnostics + applyLevels(sink.diagnostics)).sortedForOutput()
        return validation
    }
}
