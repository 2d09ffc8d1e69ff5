import BuiltinTemplates
import Foundation
import PageParser
import SiteGen
import SpecDiagnostics
import SpecModel
import SpecNormalizer

/// What `site` produces: the validation and normalization it ran, and the site's files.
public struct SiteResult: Sendable {
    /// Normalization (with its validation); the site is empty when the document is not usable.
    public var normalization: NormalizationResult
    /// Findings of the document, the pages and the templates, sorted.
    public var diagnostics: [Diagnostic]
    /// The generated files, sorted by path.
    public var files: [SiteFile]
}

extension Pipeline {
    /// Normalizes `path`, reads the guide pages at `pagePaths` and the templates (`templatesDirectory` first,
    /// then the built-in ones, file by file), and generates the site in memory.
    public func site(
        _ path: String, pagePaths: [String], templatesDirectory: String? = nil, config: SiteConfig = SiteConfig()
    ) -> SiteResult {
        site(normalized: normalize(path), pagePaths: pagePaths, templatesDirectory: templatesDirectory, config: config)
    }

    /// Generates the site of a document already normalized (by `build`, which also makes the stubs).
    public func site(
        normalized normalization: NormalizationResult, pagePaths: [String], templatesDirectory: String? = nil,
        config: SiteConfig = SiteConfig()
    ) -> SiteResult {
        let sink = DiagnosticCollector()
        let sources = normalization.validation.sources
        let pages = readPages(pagePaths, sources: sources, into: sink)
        let (templates, templatePath) = loadSiteTemplates(userDirectory: templatesDirectory)
        var files: [SiteFile] = []
        if let api = normalization.api {
            var config = config
            // The samples call the client `generate` makes, with the configuration's name overrides.
            if config.swiftNameOverrides.isEmpty { config.swiftNameOverrides = self.config.generate.stubConfig.nameOverrides }
            if let document = normalization.validation.document {
                // The normalized API carries no extensions: tag groups and the bundle come from the raw document.
                if config.tagGroups.isEmpty { config.tagGroups = Self.tagGroups(document.openAPI.node["x-tagGroups"]) }
                if config.bundledDocument == nil { config.bundledDocument = CanonicalHasher.canonicalJSON(document) }
            }
            files = SiteGenerator.generate(
                api: api, pages: pages, templates: templates, config: config, into: sink, templatePath: templatePath)
        }
        let diagnostics = (normalization.validation.diagnostics + applyLevels(sink.diagnostics)).sortedForOutput()
        return SiteResult(normalization: normalization, diagnostics: diagnostics, files: files)
    }

    /// Redoc's `x-tagGroups` (`[{name, tags: [..]}]`); entries of another shape are skipped.
    static func tagGroups(_ node: Node?) -> [TagGroup] {
        (node?.items ?? []).compactMap { item in
            guard let name = item["name"]?.string, let tags = item["tags"]?.items else { return nil }
            return TagGroup(name: name, tags: tags.compactMap(\.string))
        }
    }

    /// Each template from the user folder when it has it, else the built-in one; with the path to print for it.
    func loadSiteTemplates(userDirectory: String?) -> (SiteTemplates, @Sendable (String) -> String) {
        var files: [String: String] = [:]
        var fromUser: Set<String> = []
        let builtin = BuiltinTemplates.siteDirectory
        for name in SiteTemplates.names {
            if let userDirectory, let bytes = try? fileSystem.read(userDirectory + "/" + name, maxBytes: 4 << 20) {
                files[name] = String(decoding: bytes, as: UTF8.self)
                fromUser.insert(name)
            } else if let builtin, let data = FileManager.default.contents(atPath: builtin + "/" + name) {
                files[name] = String(decoding: data, as: UTF8.self)
            }
        }
        let user = userDirectory
        let overridden = fromUser
        return (SiteTemplates(files: files), { name in
            overridden.contains(name) ? (user ?? "") + "/" + name : "Templates/site/" + name
        })
    }
}
