import SiteGen
import SpecDiagnostics
import SpecParser

extension Pipeline {
    /// Builds everything `build` would write for `path` (the Swift stubs when the configuration's `generate:`
    /// names an output folder, and the site under `site`), in memory, and compares it with the files under each
    /// output folder. Writes nothing.
    public func check(
        _ path: String, site: String, pagePaths: [String], templatesDirectory: String? = nil,
        config: SiteConfig = SiteConfig()
    ) -> CheckResult {
        let normalization = normalize(path)
        let built = self.site(
            normalized: normalization, pagePaths: pagePaths, templatesDirectory: templatesDirectory, config: config)
        var diagnostics = built.diagnostics
        var outputs: [OutputSet] = []
        // An unusable document generates nothing; comparing would call every file on disk extra.
        if normalization.api != nil {
            let generate = self.config.generate
            if let folder = generate.output {
                let stubs = self.stubs(
                    normalized: normalization, config: generate.stubConfig(forDocument: path),
                    templatesDirectory: generate.templates)
                diagnostics = (diagnostics + stubs.generationDiagnostics).sortedForOutput()
                // A template that fails is an error already; its missing files would only repeat it.
                if !stubs.templateFailed { outputs.append(OutputSet.stubs(stubs.files, root: folder)) }
            }
            outputs.append(OutputSet.site(built.files, root: site))
        }
        let comparison = compare(outputs)
        return CheckResult(
            normalization: normalization, diagnostics: diagnostics, outputs: outputs,
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
                if let owned = output.ownedFiles {
                    guard !relative.contains("/"), relative.hasSuffix(owned.suffix),
                        let bytes = try? fileSystem.read(output.path(of: relative), maxBytes: Self.checkReadLimit),
                        bytes.starts(with: owned.header.utf8)
                    else { continue }
                }
                extra.append(output.path(of: relative))
            }
        }
        return (stale.sorted { $0.path < $1.path }, missing.sorted(), extra.sorted())
    }

    /// Largest file `check` reads back; generated files are far smaller.
    static var checkReadLimit: Int { 256 << 20 }
}
