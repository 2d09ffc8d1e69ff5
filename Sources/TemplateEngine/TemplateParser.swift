/// Turns Mustache source into the flat node array of a `Template`.
///
/// The parser works on the UTF-8 bytes in one forward pass. The spec's "standalone" rule is decided here, from
/// the source alone: a section, inverted, closing, comment or partial tag that is the only thing on its line
/// (apart from spaces and tabs) removes the whole line, newline included. Each kept source line starts with a
/// `.lineStart` node so a standalone partial can indent every line of itself.
struct TemplateParser {
    private enum TagKind {
        case variable, section, invertedSection, close, comment, partial
    }

    private struct OpenSection {
        let name: String
        let nodeIndex: Int
        let line: Int
        let column: Int
    }

    private let templateName: String
    private let bytes: [UInt8]
    private(set) var nodes: [TemplateNode] = []
    /// Bytes of literal text, to size the output buffer before rendering.
    private(set) var textByteCount = 0
    private var openSections: [OpenSection] = []
    /// True when the next kept content starts a source line (and so needs a `.lineStart` before it).
    private var atLineStart = true
    /// The text node that more text on the same line may be appended to.
    private var extendableTextIndex: Int?
    // Line tracking: positions only move forward, so counting newlines as we go is linear overall.
    private var trackedOffset = 0
    private var trackedLine = 1
    private var trackedLineStart = 0

    init(templateName: String, source: String) {
        self.templateName = templateName
        self.bytes = Array(source.utf8)
    }

    mutating func parse() throws(TemplateError) {
        let count = bytes.count
        var position = 0
        while position < count {
            guard let open = find(UInt8(ascii: "{"), UInt8(ascii: "{"), from: position) else {
                appendText(position..<count)
                break
            }
            track(to: open)
            let line = trackedLine
            let column = open - trackedLineStart + 1
            let lineBegin = trackedLineStart

            var contentStart = open + 2
            var kind = TagKind.variable
            var closerLength = 2
            if contentStart < count {
                switch bytes[contentStart] {
                case UInt8(ascii: "{"): closerLength = 3; contentStart += 1
                case UInt8(ascii: "&"): contentStart += 1
                case UInt8(ascii: "#"): kind = .section; contentStart += 1
                case UInt8(ascii: "^"): kind = .invertedSection; contentStart += 1
                case UInt8(ascii: "/"): kind = .close; contentStart += 1
                case UInt8(ascii: "!"): kind = .comment; contentStart += 1
                case UInt8(ascii: ">"): kind = .partial; contentStart += 1
                case UInt8(ascii: "="):
                    throw error(line, column, "set-delimiter tags ('{{=') are not supported")
                case UInt8(ascii: "<"), UInt8(ascii: "$"):
                    throw error(line, column, "template inheritance ('{{<' and '{{$') is not supported")
                default: break
                }
            }
            let closer = closerLength == 3 ? "}}}" : "}}"
            guard let closeStart = findCloser(length: closerLength, from: contentStart) else {
                throw error(line, column, "unclosed tag, expected '\(closer)'")
            }
            let tagEnd = closeStart + closerLength
            let content = trimmed(contentStart..<closeStart)

            // Standalone: only spaces and tabs before the tag on its line, and after it up to the line end.
            var standaloneLineEnd: Int?
            if kind != .variable && isBlank(lineBegin..<open) {
                var after = tagEnd
                while after < count && isBlank(bytes[after]) { after += 1 }
                if after == count {
                    standaloneLineEnd = count
                } else if bytes[after] == UInt8(ascii: "\n") {
                    standaloneLineEnd = after + 1
                } else if bytes[after] == UInt8(ascii: "\r") && after + 1 < count
                    && bytes[after + 1] == UInt8(ascii: "\n")
                {
                    standaloneLineEnd = after + 2
                }
            }
            if let lineEnd = standaloneLineEnd {
                appendText(position..<lineBegin)
                position = lineEnd
            } else {
                appendText(position..<open)
                startInlineTag()
                position = tagEnd
            }

            switch kind {
            case .comment:
                break
            case .variable:
                nodes.append(.variable(try name(content, line, column)))
            case .section, .invertedSection:
                let name = try name(content, line, column)
                openSections.append(
                    OpenSection(name: string(content), nodeIndex: nodes.count, line: line, column: column))
                nodes.append(kind == .section ? .section(name, bodyEnd: 0) : .invertedSection(name, bodyEnd: 0))
                extendableTextIndex = nil
            case .close:
                try close(content, line, column)
            case .partial:
                guard !content.isEmpty else { throw error(line, column, "empty tag name") }
                let name = TemplateName(parts: [string(content)], line: line, column: column)
                let indentation = standaloneLineEnd == nil ? nil : string(lineBegin..<open)
                nodes.append(.partial(name, indentation: indentation))
                extendableTextIndex = nil
            }
        }
        if let unclosed = openSections.last {
            throw error(unclosed.line, unclosed.column, "unclosed section '\(unclosed.name)'")
        }
    }

    // MARK: Nodes

    private mutating func close(_ content: Range<Int>, _ line: Int, _ column: Int) throws(TemplateError) {
        guard !content.isEmpty else { throw error(line, column, "empty tag name") }
        let closing = string(content)
        guard let open = openSections.popLast() else {
            throw error(line, column, "closing tag '\(closing)' has no open section")
        }
        guard open.name == closing else {
            throw error(
                line, column,
                "closing tag '\(closing)' does not match section '\(open.name)' opened at \(open.line):\(open.column)")
        }
        let end = nodes.count
        switch nodes[open.nodeIndex] {
        case .section(let name, _): nodes[open.nodeIndex] = .section(name, bodyEnd: end)
        case .invertedSection(let name, _): nodes[open.nodeIndex] = .invertedSection(name, bodyEnd: end)
        default: preconditionFailure("open section does not point at a section node")
        }
        extendableTextIndex = nil
    }

    /// Appends literal text, one piece per source line, each line preceded by `.lineStart`.
    private mutating func appendText(_ range: Range<Int>) {
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start
            while end < range.upperBound && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            if end < range.upperBound { end += 1 }
            if atLineStart {
                nodes.append(.lineStart)
                atLineStart = false
                extendableTextIndex = nil
            }
            let piece = string(start..<end)
            if let index = extendableTextIndex, case .text(let previous) = nodes[index] {
                nodes[index] = .text(previous + piece)
            } else {
                extendableTextIndex = nodes.count
                nodes.append(.text(piece))
            }
            textByteCount += end - start
            if bytes[end - 1] == UInt8(ascii: "\n") { atLineStart = true }
            start = end
        }
    }

    /// Marks the start of a tag that stays on its line.
    private mutating func startInlineTag() {
        if atLineStart {
            nodes.append(.lineStart)
            atLineStart = false
        }
        extendableTextIndex = nil
    }

    private func name(_ content: Range<Int>, _ line: Int, _ column: Int) throws(TemplateError) -> TemplateName {
        guard !content.isEmpty else { throw error(line, column, "empty tag name") }
        let text = string(content)
        if text == "." { return TemplateName(parts: [], line: line, column: column) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let invalid = parts.contains { $0.isEmpty } || content.contains { isWhitespace(bytes[$0]) }
        guard !invalid else { throw error(line, column, "invalid tag name '\(text)'") }
        return TemplateName(parts: parts, line: line, column: column)
    }

    // MARK: Bytes

    private mutating func track(to offset: Int) {
        while trackedOffset < offset {
            if bytes[trackedOffset] == UInt8(ascii: "\n") {
                trackedLine += 1
                trackedLineStart = trackedOffset + 1
            }
            trackedOffset += 1
        }
    }

    private func find(_ first: UInt8, _ second: UInt8, from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == first && bytes[index + 1] == second { return index }
            index += 1
        }
        return nil
    }

    private func findCloser(length: Int, from start: Int) -> Int? {
        var index = start
        while index + length <= bytes.count {
            if bytes[index] == UInt8(ascii: "}") && bytes[index + 1] == UInt8(ascii: "}")
                && (length == 2 || bytes[index + 2] == UInt8(ascii: "}"))
            {
                return index
            }
            index += 1
        }
        return nil
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower && isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        range.allSatisfy { isBlank(bytes[$0]) }
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        isBlank(byte) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func error(_ line: Int, _ column: Int, _ message: String) -> TemplateError {
        TemplateError(template: templateName, line: line, column: column, message: message)
    }
}
