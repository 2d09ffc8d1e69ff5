import Pipeline

/// One build of the preview: the site and its findings, and the files whose edits call for the next one.
public struct PreviewBuild: Sendable {
    /// The site, its findings and the validation it ran.
    public var result: SiteResult
    /// The files the build read or may read.
    var watchedPaths: Set<String>

    /// Whether the site can replace the one being served: the document was usable and every template parsed and
    /// rendered. Other findings (lint, broken links) are printed but do not keep an edit from showing.
    public var isUsable: Bool {
        result.normalization.api != nil && !result.files.isEmpty
            && !result.diagnostics.contains { $0.id == "invalid-template" }
    }
}
