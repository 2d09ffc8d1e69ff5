/// A parsed Mustache template: specc's own small, fast Mustache engine.
///
/// Why not hummingbird-project/swift-mustache: specc renders Swift stubs and HTML from Mustache templates, and
/// generating about 5 MB of Swift for GitHub's API has a budget of about 0.1 s. swift-mustache renders at about
/// 8 MB/s because it looks values up through `Mirror`, dynamic `as?` casts and a `String` split per lookup. Users
/// override templates, so the syntax must stay real Mustache; what changes is the data side and the compiled form:
///
/// - Values reach templates through a typed protocol, `TemplateObject.value(forKey:)`, returning a
///   `TemplateValue`. No reflection and no casts beyond that one protocol call.
/// - A template is parsed once into a flat node array; sections know where their body ends, dotted names are
///   split at parse time, and standalone lines are decided at parse time.
/// - Rendering appends into one `inout String` and uses no Foundation.
///
/// Supported: `{{name}}`, `{{{name}}}`, `{{& name}}`, sections `{{#name}}…{{/name}}`, inverted sections
/// `{{^name}}…{{/name}}`, comments `{{! … }}`, partials `{{> name}}` (names may contain `/`), dotted names
/// `a.b.c`, the implicit iterator `{{.}}`, and the spec's standalone-line and partial-indentation rules.
/// Not supported, each reported as a `TemplateError`: set-delimiter tags `{{=…=}}` and inheritance
/// (`{{<` and `{{$`). Lambdas do not exist because values are plain data.
///
/// Deviations from the Mustache spec, on purpose:
/// - **Nothing is HTML-escaped.** `{{name}}` inserts text exactly like `{{{name}}}`: specc generates Swift,
///   where HTML escaping would corrupt code, and its view models escape HTML themselves where it is needed.
/// - **An unknown partial is an error** (located at its tag), not an empty string, so a typo in an override
///   is found at once.
/// - A `.flag` interpolates as `true` or `false`; a `.list` or `.object` interpolates as nothing.
///
/// `Template` is an immutable value: one template can render from many threads at once.
public struct Template: Sendable {
    /// The template's name; partials are looked up by it in a `TemplateLibrary`.
    public let name: String
    /// What errors call this template: its name, or its file's path when `TemplateLibrary.load` read it.
    let errorName: String
    let nodes: [TemplateNode]
    /// Bytes of literal text in the template, a lower bound for the output size.
    let textByteCount: Int

    /// Deepest partial nesting before rendering stops with an error (a partial that includes itself).
    static let maximumPartialDepth = 64

    /// Parses `source`; errors name `name` and the offending tag's line and column.
    public init(name: String, source: String) throws(TemplateError) {
        try self.init(name: name, source: source, errorName: name)
    }

    /// Parses `source`; errors name `errorName` (a file path) and the offending tag's line and column.
    init(name: String, source: String, errorName: String) throws(TemplateError) {
        var parser = TemplateParser(templateName: errorName, source: source)
        try parser.parse()
        self.name = name
        self.errorName = errorName
        self.nodes = parser.nodes
        self.textByteCount = parser.textByteCount
    }

    /// Renders with `root` as the bottom of the context stack; partials come from `library`.
    public func render(_ root: any TemplateObject, library: TemplateLibrary) throws(TemplateError) -> String {
        var output = ""
        output.reserveCapacity(textByteCount + textByteCount / 2)
        try render(root, library: library, into: &output)
        return output
    }

    /// Renders with `root` as the bottom of the context stack, appending to `output`; partials come from
    /// `library`.
    public func render(
        _ root: any TemplateObject, library: TemplateLibrary, into output: inout String
    ) throws(TemplateError) {
        var renderer = TemplateRenderer(library: library, root: root)
        try renderer.render(self, indentation: "", depth: 0, into: &output)
    }
}
