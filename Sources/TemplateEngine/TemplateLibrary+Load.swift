import Foundation

extension TemplateLibrary {
    /// Loads every file ending in `.<fileExtension>` (e.g. `"mustache"`) under `directories`.
    ///
    /// Directories are searched in order and the first one holding a given relative path wins, so callers pass
    /// `[userOverrideDirectory, builtinDirectory]` and a user overrides one template by copying its file. A
    /// template's name is its path relative to its directory without the extension, with `/` separators
    /// (`swift/struct.mustache` is `swift/struct`). Files are read in sorted order, so the result is deterministic.
    ///
    /// Errors in a loaded template (when parsing now, or rendering later) name its file path as the caller
    /// spelled it. A directory that does not exist is an error too: a mistyped override directory should not
    /// silently fall back to the built-in templates.
    public static func load(directories: [String], fileExtension: String) throws(TemplateError) -> TemplateLibrary {
        let fileManager = FileManager.default
        let suffix = "." + fileExtension
        var templates: [String: Template] = [:]
        for directory in directories {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
                let enumerator = fileManager.enumerator(atPath: directory)
            else {
                throw TemplateError(
                    template: directory, line: 0, column: 0, message: "template directory does not exist")
            }
            var relativePaths: [String] = []
            while let relativePath = enumerator.nextObject() as? String {
                if relativePath.hasSuffix(suffix) && relativePath.count > suffix.count {
                    relativePaths.append(relativePath)
                }
            }
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            for relativePath in relativePaths.sorted() {
                let name = String(relativePath.dropLast(suffix.count))
                guard templates[name] == nil else { continue }
                let path = prefix + relativePath
                guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                    continue
                }
                guard let data = fileManager.contents(atPath: path) else {
                    throw TemplateError(template: path, line: 0, column: 0, message: "cannot read template file")
                }
                guard let source = String(validating: data, as: UTF8.self) else {
                    throw TemplateError(template: path, line: 0, column: 0, message: "template file is not valid UTF-8")
                }
                templates[name] = try Template(name: name, source: source, errorName: path)
            }
        }
        return TemplateLibrary(templates)
    }
}
