/// A set of named templates; partials are looked up here by name.
///
/// An immutable value: one library can serve renders on many threads at once.
public struct TemplateLibrary: Sendable {
    private let templates: [String: Template]

    /// Creates a library answering each key of `templates`.
    public init(_ templates: [String: Template] = [:]) {
        self.templates = templates
    }

    /// The template called `name`, if the library has one.
    public func template(named name: String) -> Template? {
        templates[name]
    }

    /// Renders the template called `name` with `root` as the bottom of the context stack.
    ///
    /// Throws when the library has no template called `name`.
    public func render(_ name: String, _ root: any TemplateObject) throws(TemplateError) -> String {
        guard let template = templates[name] else {
            throw TemplateError(template: name, line: 0, column: 0, message: "unknown template '\(name)'")
        }
        return try template.render(root, library: self)
    }

    /// The names of all templates, sorted.
    public var names: [String] {
        templates.keys.sorted()
    }
}
