import SiteGen
import SpecDiagnostics
import SpecParser

extension Pipeline {
    /// Builds everything `build` would write for `path` (today the site under `site`), in memory, and compares
    /// it with the files under each output folder. Writes nothing.
    public func check(
        _ path: String, site: String, pagePaths: [String], templatesDirectory: String? = nil,
        config: SiteConfig = SiteConfig()
    ) -> CheckResult {
        let built = self.site(path, pagePaths: pagePaths, templatesDirectory: templatesDirectory, config: config)
        // An unusable document generates nothing; comparing would call every file on disk extra.
        let outputs = built.normalization.api == nil ? [] : [OutputSet.site(built.files, root: site)]
        let comparison = compare(outputs)
        return CheckResult(
            normalization: built.normalization, diagnostics: built.diagnostics, outputs: outputs,
            stale: comparison.stale, missing: comparison.missing, extra: comparison.extra)
    }

    /// Compares each output set with the files under its root: stale (bytes differ), missing (generated, not
    /// on disk) and extra (on disk, not generated; hidden paths skipped). Each list is sorted by path.
    public func compare(_ outputs: [OutputSet]) -> (stale: [StaleFile], missing: [String], extra: [String]) {
        var stale: [StaleFile] = []
        var missing: [String] = []
        var extra: [String] = []
        for output in outputs {
            for file in output.files {
                let path = output.path(of: file.path)
                do throws(SourceReadError) {
                    let onDisk = try fileSystem.read(path, maxBytes: Self.checkReadLimit)
                    if onDisk != file.bytes {
                        stale.append(StaleFile(path: path, generated: file.bytes, onDisk: onDisk))
                    }
                } catch .notFound {
                    missing.append(path)
                } catch {
                    // Too large or unreadable: it cannot hold what the build writes, so rewriting fixes it.
                    stale.append(StaleFile(path: path, generated: file.bytes, onDisk: []))
                }
            }
            guard output.reportsExtraFiles, let listing = fileSystem as? any FileListing else { continue }
            let generated = Set(output.files.map(\.path))
            for relative in listing.files(under: output.root) where !generated.contains(relative) {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                extra.append(output.path(of: relative))
            }
        }
        return (stale.sorted { $0.path < $1.path }, missing.sorted(), extra.sorted())
    }

    /// Largest file `check` reads back; generated files are far smaller.
    static var checkReadLimit: Int { 256 << 20 }
}
