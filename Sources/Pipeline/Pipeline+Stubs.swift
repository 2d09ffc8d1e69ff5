import BuiltinTemplates
import Foundation
import SpecDiagnostics
import SpecModel
import SpecNormalizer
import StubGen
import TemplateEngine

/// What `specc generate` produced: findings and the files (nothing written yet).
public struct StubsResult: Sendable {
    /// The validation of the document.
    public var validation: ValidationResult
    /// Every finding: the document's, then the generator's, sorted.
    public var diagnostics: [Diagnostic]
    /// The generator's own findings (a template that does not parse or render), sorted.
    public var generationDiagnostics: [Diagnostic]
    /// The generated files, sorted; empty when the document has no usable model.
    public var files: [GeneratedFile]
    /// Whether the model could be built (files may still be empty when every operation was filtered out).
    public var usable: Bool

    /// Whether a template failed, so the files are incomplete and must not be written.
    public var templateFailed: Bool { generationDiagnostics.contains { $0.id == "invalid-template" } }
}

extension Pipeline {
    /// Reads and normalizes the document at `path`, then renders the Swift stubs in memory. Lint rules
    /// run only with `lint: true` (`specc validate` and `specc check` report them; generation needs only a
    /// structurally sound model, and skipping them saves a sixth of the time on large documents).
    public func stubs(
        _ path: String, config stubConfig: StubConfig, templatesDirectory: String? = nil, lint: Bool = false
    ) -> StubsResult {
        let validation = validate(path, lint: lint)
        guard let document = validation.document else {
            return StubsResult(
                validation: validation, diagnostics: validation.diagnostics, generationDiagnostics: [], files: [],
                usable: false)
        }
        let sink = DiagnosticCollector()
        let api = Normalizer.normalize(document, into: sink)
        var merged = validation
        merged.diagnostics = (validation.diagnostics + applyLevels(sink.diagnostics)).sortedForOutput()
        return stubs(api: api, validation: merged, config: stubConfig, templatesDirectory: templatesDirectory)
    }

    /// Renders the Swift stubs of a document already normalized (by `build`, which also makes the site).
    public func stubs(
        normalized normalization: NormalizationResult, config stubConfig: StubConfig, templatesDirectory: String? = nil
    ) -> StubsResult {
        guard let api = normalization.api else {
            let validation = normalization.validation
            return StubsResult(
                validation: validation, diagnostics: validation.diagnostics, generationDiagnostics: [], files: [],
                usable: false)
        }
        return stubs(
            api: api, validation: normalization.validation, config: stubConfig, templatesDirectory: templatesDirectory)
    }

    private func stubs(
        api: API, validation: ValidationResult, config stubConfig: StubConfig, templatesDirectory: String?
    ) -> StubsResult {
        var generation: [Diagnostic] = []
        var files: [GeneratedFile] = []
        let (sources, paths) = loadStubTemplates(userDirectory: templatesDirectory)
        do {
            let templates = try StubTemplates(files: sources)
            files = try StubGenerator.generate(api: api, config: stubConfig, templates: templates)
        } catch {
            // Point at the file the user can open: their override, or the built-in template.
            let file = paths[error.template] ?? paths[error.template + ".mustache"] ?? error.template
            generation.append(
                Diagnostic(
                    .error, "invalid-template", "template '\(file)' does not render: \(error.message)",
                    at: SourceRange(
                        file: file, at: SourcePosition(line: max(error.line, 1), column: max(error.column, 1)))))
        }
        return StubsResult(
            validation: validation, diagnostics: (validation.diagnostics + generation).sortedForOutput(),
            generationDiagnostics: generation, files: files, usable: true)
    }

    /// Stub templates by relative path (`swift/struct.mustache`): from `userDirectory` when it has the file
    /// (as `swift/NAME` or just `NAME`), else the built-in one. With each, the path findings print for it: the
    /// user's file as named, or `Templates/swift/NAME` for a built-in one.
    func loadStubTemplates(userDirectory: String?) -> (files: [String: String], paths: [String: String]) {
        var files: [String: String] = [:]
        var paths: [String: String] = [:]
        let builtin = BuiltinTemplates.swiftDirectory
        for name in StubTemplates.names {
            let short = String(name.dropFirst("swift/".count))
            paths[name] = "Templates/" + name
            if let userDirectory {
                var found = false
                for candidate in [userDirectory + "/" + name, userDirectory + "/" + short] {
                    guard let bytes = try? fileSystem.read(candidate, maxBytes: 4 << 20) else { continue }
                    files[name] = String(decoding: bytes, as: UTF8.self)
                    paths[name] = candidate
                    found = true
                    break
                }
                if found { continue }
            }
            if let builtin, let data = FileManager.default.contents(atPath: builtin + "/" + short) {
                files[name] = String(decoding: data, as: UTF8.self)
            }
        }
        return (files, paths)
    }
}
