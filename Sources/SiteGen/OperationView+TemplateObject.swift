import TemplateEngine

// How operation pages answer `operation.html` and `partials/_params-table.html` (see SiteViews+TemplateObject).

extension OperationView: TemplateObject {
    /// Keys of `operation.html`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "method": .text(method)
        case "methodClass": .text(methodClass)
        case "path": .text(path)
        case "summary": .text(summary)
        case "description": .text(description)
        case "operationId": .text(operationId)
        case "deprecated": .flag(deprecated)
        case "tags": .objects(tags)
        case "hasParameters": .flag(hasParameters)
        case "parameters": .objects(parameters)
        case "hasRequestBody": .flag(hasRequestBody)
        case "requestBody": .objects(requestBody)
        case "responses": .objects(responses)
        case "hasSecurity": .flag(hasSecurity)
        case "security": .texts(security)
        case "samples": .objects(samples)
        default: nil
        }
    }
}

extension ParameterView: TemplateObject {
    /// A row of `partials/_params-table.html` or of a response's headers.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "anchor": .text(anchor)
        case "location": .text(location)
        case "required": .flag(required)
        case "deprecated": .flag(deprecated)
        case "type": .text(type)
        case "description": .text(description)
        case "constraints": .texts(constraints)
        default: nil
        }
    }
}

extension BodyView: TemplateObject {
    /// `required`, `description`, `media`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "required": .flag(required)
        case "description": .text(description)
        case "media": .objects(media)
        default: nil
        }
    }
}

extension MediaView: TemplateObject {
    /// `mediaType`, `hasSchema`, `tree`, `example`, `hasExample`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "mediaType": .text(mediaType)
        case "hasSchema": .flag(hasSchema)
        case "tree": .object(tree)
        case "example": .text(example)
        case "hasExample": .flag(hasExample)
        default: nil
        }
    }
}

extension ResponseView: TemplateObject {
    /// Keys of one response section.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "status": .text(status)
        case "statusClass": .text(statusClass)
        case "anchor": .text(anchor)
        case "description": .text(description)
        case "hasHeaders": .flag(hasHeaders)
        case "headers": .objects(headers)
        case "media": .objects(media)
        default: nil
        }
    }
}

extension CodeSampleView: TemplateObject {
    /// `language`, `code`.
    public func value(forKey key: String) -> TemplateValue? {
        switch key {
        case "language": .text(language)
        case "code": .text(code)
        default: nil
        }
    }
}
