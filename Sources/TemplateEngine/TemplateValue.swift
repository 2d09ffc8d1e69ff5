/// A value a template can see.
///
/// Interpolating (`{{name}}`) a `.text` inserts it as is; a `.flag` inserts `true` or `false`; a `.list` or an
/// `.object` inserts nothing. Sections treat `""`, `false` and `[]` as falsy and everything else as truthy.
public enum TemplateValue: Sendable {
    /// A string. `{{name}}` inserts it; a section on it renders once (with the text pushed) when it is non-empty.
    case text(String)
    /// A boolean. A section renders once when it is true; an inverted section renders once when it is false.
    case flag(Bool)
    /// A sequence. A section repeats once per element, with the element pushed on the context stack; an empty
    /// list is falsy.
    case list([TemplateValue])
    /// A view model. A section renders once with the object pushed on the context stack.
    case object(any TemplateObject)
}

extension TemplateValue {
    /// Whether a section on this value renders (an inverted section renders when this is false).
    var isTruthy: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .flag(let flag): flag
        case .list(let elements): !elements.isEmpty
        case .object: true
        }
    }
}
