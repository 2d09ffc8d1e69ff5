/// Walks a template's nodes against a context stack, appending to one output string.
///
/// One renderer serves one top-level render call, partials included: they share its context stack.
struct TemplateRenderer {
    let library: TemplateLibrary
    /// The context stack; the top is the last element. Name lookup walks it from the top down.
    private var stack: [TemplateValue]

    init(library: TemplateLibrary, root: any TemplateObject) {
        self.library = library
        self.stack = [.object(root)]
        stack.reserveCapacity(16)
    }

    /// Renders all of `template`, prefixing each of its lines with `indentation`.
    mutating func render(
        _ template: Template, indentation: String, depth: Int, into output: inout String
    ) throws(TemplateError) {
        try render(template, template.nodes.startIndex..<template.nodes.endIndex, indentation, depth, &output)
    }

    private mutating func render(
        _ template: Template, _ range: Range<Int>, _ indentation: String, _ depth: Int, _ output: inout String
    ) throws(TemplateError) {
        let nodes = template.nodes
        var index = range.lowerBound
        while index < range.upperBound {
            switch nodes[index] {
            case .text(let text):
                output += text
                index += 1
            case .lineStart:
                if !indentation.isEmpty { output += indentation }
                index += 1
            case .variable(let name):
                switch lookUp(name) {
                case .text(let text): output += text
                case .flag(let flag): output += flag ? "true" : "false"
                case .list, .object, nil: break
                }
                index += 1
            case .section(let name, let bodyEnd):
                let body = index + 1..<bodyEnd
                switch lookUp(name) {
                case nil, .flag(false):
                    break
                case .list(let elements):
                    for element in elements {
                        stack.append(element)
                        try render(template, body, indentation, depth, &output)
                        stack.removeLast()
                    }
                case .text(let text) where text.isEmpty:
                    break
                case let value?:
                    stack.append(value)
                    try render(template, body, indentation, depth, &output)
                    stack.removeLast()
                }
                index = bodyEnd
            case .invertedSection(let name, let bodyEnd):
                if !(lookUp(name)?.isTruthy ?? false) {
                    try render(template, index + 1..<bodyEnd, indentation, depth, &output)
                }
                index = bodyEnd
            case .partial(let name, let partialIndentation):
                let partialName = name.parts[0]
                guard let partial = library.template(named: partialName) else {
                    throw TemplateError(
                        template: template.errorName, line: name.line, column: name.column,
                        message: "unknown partial '\(partialName)'")
                }
                guard depth < Template.maximumPartialDepth else {
                    throw TemplateError(
                        template: template.errorName, line: name.line, column: name.column,
                        message: "partials nested deeper than \(Template.maximumPartialDepth) levels at "
                            + "'\(partialName)' (does it include itself?)")
                }
                // The spec indents a standalone partial's lines on top of the lines it sits in; an inline
                // partial is inserted as written.
                let nested = partialIndentation.map { indentation + $0 } ?? ""
                try render(partial, indentation: nested, depth: depth + 1, into: &output)
                index += 1
            }
        }
    }

    /// Finds `name`: its first part is the topmost answer on the stack, later parts are asked of that value only.
    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        let parts = name.parts
        guard let first = parts.first else { return stack.last }
        var found: TemplateValue?
        var level = stack.count - 1
        while level >= 0 {
            if case .object(let object) = stack[level], let value = object.value(forKey: first) {
                found = value
                break
            }
            level -= 1
        }
        guard var current = found else { return nil }
        var partIndex = 1
        while partIndex < parts.count {
            guard case .object(let object) = current, let value = object.value(forKey: parts[partIndex]) else {
                return nil
            }
            current = value
            partIndex += 1
        }
        return current
    }
}
