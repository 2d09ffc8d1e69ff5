/// A view model a template reads by key.
///
/// Implementations are typically a `switch`:
///
/// ```swift
/// func value(forKey key: String) -> TemplateValue? {
///     switch key {
///     case "name": .text(name)
///     case "fields": .list(fields.map { .object($0) })
///     default: nil
///     }
/// }
/// ```
///
/// Returning `nil` means "not mine": name lookup then moves down the context stack to the enclosing object.
public protocol TemplateObject: Sendable {
    /// The value for `key`, or `nil` when this object has no such key.
    func value(forKey key: String) -> TemplateValue?
}
