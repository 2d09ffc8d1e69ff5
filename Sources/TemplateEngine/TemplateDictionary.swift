/// A dictionary-backed object, for tests and small views.
public struct TemplateDictionary: TemplateObject {
    /// The values by key.
    public var values: [String: TemplateValue]

    /// Creates an object answering each key of `values`.
    public init(_ values: [String: TemplateValue]) {
        self.values = values
    }

    /// The value stored under `key`, if any.
    public func value(forKey key: String) -> TemplateValue? {
        values[key]
    }
}
