import Pipeline

/// Polls the stamps of the files the last build read, the pages folder and the templates; rebuilds on a change.
struct SourceWatcher: Sendable {
    let source: PreviewSource
    let interval: Duration
    let store: SiteStore
    let onEvent: @Sendable (PreviewEvent) -> Void

    func run(after first: PreviewBuild) async throws {
        let base = (source.pipeline.fileSystem as? DiskFileSystem)?.baseDirectory
        var watched = first.watchedPaths
        var stamps = FileStamps.take(watched.union(source.pagePaths()), baseDirectory: base)
        while true {
            try await Task.sleep(for: interval)
            let now = FileStamps.take(watched.union(source.pagePaths()), baseDirectory: base)
            guard now.differs(from: stamps) else { continue }
            // Stamped before building: an edit made while it runs is seen on the next round.
            stamps = now
            let build = await PreviewServer.build(source)
            if build.isUsable { store.replace(with: PreviewSite(files: build.result.files)) }
            onEvent(.built(build, isRebuild: true))
            watched = build.watchedPaths
            // Files the new build read for the first time (a newly $ref'd file) start from their current stamp.
            let added = build.watchedPaths.subtracting(stamps.paths)
            if !added.isEmpty { stamps.merge(FileStamps.take(added, baseDirectory: base)) }
        }
    }
}
