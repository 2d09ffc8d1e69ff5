/// One step of a compiled template.
///
/// A template is a flat array of nodes. A section stores the index just past its body, so its body is the
/// nodes between it and `bodyEnd` and the renderer never searches for a closing tag.
enum TemplateNode: Sendable {
    /// Literal text. After parsing, text never spans a line break: a piece ends at its `\n` at the latest.
    case text(String)
    /// The start of a source line. Renders the indentation of a standalone partial; nothing otherwise.
    case lineStart
    /// `{{name}}`, `{{{name}}}` or `{{& name}}`.
    case variable(TemplateName)
    /// `{{#name}}`; its body is the nodes up to `bodyEnd`.
    case section(TemplateName, bodyEnd: Int)
    /// `{{^name}}`; its body is the nodes up to `bodyEnd`.
    case invertedSection(TemplateName, bodyEnd: Int)
    /// `{{> name}}`. `indentation` is the whitespace before a standalone tag and `nil` for an inline one.
    case partial(TemplateName, indentation: String?)
}

/// A name as written in a tag, split at parse time so rendering never splits strings.
struct TemplateName: Sendable {
    /// The dotted parts (`a.b.c` is `["a", "b", "c"]`); empty for the implicit iterator `.`.
    /// A partial's name is kept whole in one part.
    let parts: [String]
    /// 1-based line of the tag.
    let line: Int
    /// 1-based UTF-8 byte column of the tag's first `{`.
    let column: Int
}
