import BuiltinTemplates
import Foundation
import SpecDiagnostics
import SpecModel
import SpecNormalizer
import StubGen
import TemplateEngine

/// What `specc generate` produced: findings and the files (nothing written yet).
public struct StubsResult: Sendable {
    public var validation: ValidationResult
    public var diagnostics: [Diagnostic]
    /// The generated files, sorted; empty when the document has no usable model.
    public var files: [GeneratedFile]
    /// Whether the model could be built (files may still be empty when every operation was filtered out).
    public var usable: Bool
}

extension Pipeline {
    /// Validates and normalizes the document at `path`, then renders the Swift stubs in memory.
    public func stubs(_ path: String, config stubConfig: StubConfig, templatesDirectory: String? = nil) -> StubsResult {
        let validation = validate(path)
        guard let document = validation.document else {
            return StubsResult(validation: validation, diagnostics: validation.diagnostics, files: [], usable: false)
        }
        let sink = DiagnosticCollector()
        let api = Normalizer.normalize(document, into: sink)
        var diagnostics = (validation.diagnostics + applyLevels(sink.diagnostics))
        var files: [GeneratedFile] = []
        do {
            let templates = try StubTemplates(files: loadStubTemplates(userDirectory: templatesDirectory))
            files = try StubGenerator.generate(api: api, config: stubConfig, templates: templates)
        } catch {
            diagnostics.append(
                Diagnostic(
                    .error, "invalid-template", "template \(error.template) does not render: \(error.message)",
                    at: SourceRange(
                        file: error.template, at: SourcePosition(line: max(error.line, 1), column: max(error.column, 1)))))
        }
        return StubsResult(validation: validation, diagnostics: diagnostics.sortedForOutput(), files: files, usable: true)
    }

    /// Stub templates by relative path (`swift/struct.mustache`): from `userDirectory` when it has the file
    /// (as `swift/NAME` or just `NAME`), else the built-in one.
    func loadStubTemplates(userDirectory: String?) -> [String: String] {
        var files: [String: String] = [:]
        let builtin = BuiltinTemplates.swiftDirectory
        for name in StubTemplates.names {
            let short = String(name.dropFirst("swift/".count))
            if let userDirectory,
                let bytes = (try? fileSystem.read(userDirectory + "/" + name, maxBytes: 4 << 20))
                    ?? (try? fileSystem.read(userDirectory + "/" + short, maxBytes: 4 << 20))
            {
                files[name] = String(decoding: bytes, as: UTF8.self)
            } else if let builtin, let data = FileManager.default.contents(atPath: builtin + "/" + short) {
                files[name] = String(decoding: data, as: UTF8.self)
            }
        }
        return files
    }
}
