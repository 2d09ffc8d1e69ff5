import Pipeline
import SiteGen
import SpecDiagnostics

/// What the preview builds: a document, its guide pages and the templates, through one configured pipeline.
public struct PreviewSource: Sendable {
    /// The OpenAPI document.
    public var document: String
    /// The guide pages folder; nil for `pages` beside the document.
    public var pagesFolder: String?
    /// The user's templates folder, overriding the built-in templates file by file.
    public var templatesDirectory: String?
    /// The generator's settings.
    public var siteConfig: SiteConfig
    /// The pipeline (configuration and file system) that builds the site.
    public var pipeline: Pipeline
    /// The configuration file (`specc.yaml`), read again for every build and watched, so editing it (rule
    /// levels, `generate: names` for the Swift samples) shows without a restart; nil to keep `pipeline`'s.
    public var configPath: String?

    /// Describes a build.
    public init(
        document: String, pagesFolder: String? = nil, templatesDirectory: String? = nil,
        siteConfig: SiteConfig = SiteConfig(), pipeline: Pipeline = Pipeline(), configPath: String? = nil
    ) {
        self.document = document
        self.pagesFolder = pagesFolder
        self.templatesDirectory = templatesDirectory
        self.siteConfig = siteConfig
        self.pipeline = pipeline
        self.configPath = configPath
    }

    /// The guide pages as they are now (pages added or removed since the last build count).
    func pagePaths() -> [String] {
        pipeline.pagePaths(forDocument: document, folder: pagesFolder)
    }

    /// Every file a template may be read from; missing ones are watched too, so copying a template in is noticed.
    func templatePaths() -> [String] {
        guard let templatesDirectory else { return [] }
        return SiteTemplates.names.map { templatesDirectory + "/" + $0 }
    }

    /// Builds the site in memory.
    public func build() -> PreviewBuild {
        var pipeline = pipeline
        var configFindings: [Diagnostic] = []
        if let configPath {
            // A file that is gone (or not there yet) means the defaults, as at start.
            if pipeline.fileSystem.fileExists(configPath) {
                let (config, findings) = ConfigLoader.load(configPath, from: pipeline.fileSystem)
                pipeline = Pipeline(fileSystem: pipeline.fileSystem, config: config)
                configFindings = findings
            } else {
                pipeline = Pipeline(fileSystem: pipeline.fileSystem)
            }
        }
        var result = pipeline.site(
            document, pagePaths: pagePaths(), templatesDirectory: templatesDirectory, config: siteConfig)
        result.diagnostics = (configFindings + result.diagnostics).sortedForOutput()
        // Everything the build read: the document, the files its $refs named, the pages and the configuration.
        let read = result.normalization.validation.sources.all.map(\.path)
        return PreviewBuild(
            result: result, watchedPaths: Set(read + [document] + templatePaths() + (configPath.map { [$0] } ?? [])))
    }
}
