import TemplateEngine

/// Parses `source` as the template "main", with `partials` parsed into the library, and renders it over `values`.
func render(
    _ source: String, _ values: [String: TemplateValue] = [:], partials: [String: String] = [:]
) throws(TemplateError) -> String {
    var templates: [String: Template] = [:]
    for (name, partialSource) in partials {
        templates[name] = try Template(name: name, source: partialSource)
    }
    let template = try Template(name: "main", source: source)
    return try template.render(TemplateDictionary(values), library: TemplateLibrary(templates))
}

/// The error rendering `source` throws, or nil when it renders.
func renderError(
    _ source: String, _ values: [String: TemplateValue] = [:], partials: [String: String] = [:]
) -> TemplateError? {
    do {
        _ = try render(source, values, partials: partials)
        return nil
    } catch {
        return error
    }
}

/// Shorthand for an object value.
func object(_ values: [String: TemplateValue]) -> TemplateValue {
    .object(TemplateDictionary(values))
}

/// Shorthand for a list of texts.
func texts(_ values: [String]) -> TemplateValue {
    .list(values.map { .text($0) })
}
