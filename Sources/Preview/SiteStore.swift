import Synchronization

/// The site being served; a rebuild swaps it whole, so a request sees one build or the next, never a mix.
final class SiteStore: Sendable {
    private let site: Mutex<PreviewSite>

    init(_ site: PreviewSite) {
        self.site = Mutex(site)
    }

    var current: PreviewSite { site.withLock { $0 } }

    func replace(with site: PreviewSite) {
        self.site.withLock { $0 = site }
    }
}
