import Foundation
import SpecNormalizer

/// A schema as a nested Markdown list for the Markdown twins: the same expansion rules as the HTML tree
/// (named schemas linked and expanded a few levels deep, cycles cut, a node budget).
struct MarkdownSchemaList {
    let trees: SchemaTreeBuilder
    let routes: SiteRoutes
    /// `../` from the twin to the site root.
    let root: String

    /// The list lines of `use`'s children (the root itself is described by the caller's heading).
    func lines(_ use: SchemaUse) -> [String] {
        var budget = trees.nodeBudget
        var lines: [String] = []
        var visiting = Set<SchemaName>()
        if case .named(let name) = use { visiting.insert(name) }
        let schema = resolve(use)
        if let schema {
            lines.append("Type: " + typeText(use, schema))
            lines.append("")
            children(of: schema, depth: 0, namedDepth: visiting.isEmpty ? 0 : 1, visiting: visiting, budget: &budget, into: &lines)
        }
        return lines
    }

    private func resolve(_ use: SchemaUse) -> NormalizedSchema? {
        switch use {
        case .named(let name): trees.schemasByName[name]
        case .inline(let schema): schema
        }
    }

    private func typeText(_ use: SchemaUse, _ schema: NormalizedSchema) -> String {
        let text = trees.typeText(schema)
        guard case .named(let name) = use else {
            if let reference = schema.reference { return (text.isEmpty ? "" : text + " ") + link(reference) }
            return text.isEmpty ? "any" : text
        }
        return link(name) + (text.isEmpty ? "" : " (\(text))")
    }

    private func link(_ name: SchemaName) -> String {
        guard let url = routes.schemas[name] else { return name.rawValue }
        return "[\(MarkdownText.inline(name.rawValue))](\(root)\(MarkdownText.twinPath(url)))"
    }

    private func children(
        of schema: NormalizedSchema, depth: Int, namedDepth: Int, visiting: Set<SchemaName>, budget: inout Int,
        into lines: inout [String]
    ) {
        var children: [(String, SchemaUse, Bool)] = []
        for member in schema.allOf { children += properties(of: member) }
        children += schema.properties.map { ($0.name, $0.schema, $0.isRequired) }
        if let items = schema.items { children.append(("items[]", items, false)) }
        for (index, use) in schema.prefixItems.enumerated() { children.append(("[\(index)]", use, false)) }
        if case .schema(let extra)? = schema.additionalProperties { children.append(("{key}", extra, false)) }
        for (index, use) in schema.oneOf.enumerated() { children.append(("one of #\(index + 1)", use, false)) }
        for (index, use) in schema.anyOf.enumerated() { children.append(("any of #\(index + 1)", use, false)) }
        for (index, use) in schema.allOf.enumerated() where properties(of: use).isEmpty {
            children.append(("all of #\(index + 1)", use, false))
        }
        let pad = String(repeating: "  ", count: depth)
        for (name, use, required) in children {
            budget -= 1
            guard budget >= 0, let child = resolve(use) else { continue }
            var line = pad + "- `\(name)` " + typeText(use, child) + (required ? ", required" : "")
            let notes = trees.constraints(child).map(unescaped)
                + (child.enumValues.map { ["one of " + $0.map(JSONText.compact).joined(separator: ", ")] } ?? [])
                + (child.defaultValue.map { ["default " + JSONText.compact($0)] } ?? [])
            if !notes.isEmpty { line += " (" + notes.joined(separator: "; ") + ")" }
            if let description = child.description ?? child.title { line += ": " + MarkdownText.oneLine(description) }
            lines.append(line)
            var visiting = visiting
            var nextNamedDepth = namedDepth
            if case .named(let schemaName) = use {
                guard !visiting.contains(schemaName), namedDepth < trees.maxNamedDepth else { continue }
                visiting.insert(schemaName)
                nextNamedDepth += 1
            }
            self.children(of: child, depth: depth + 1, namedDepth: nextNamedDepth, visiting: visiting, budget: &budget, into: &lines)
        }
    }

    private func properties(of use: SchemaUse) -> [(String, SchemaUse, Bool)] {
        resolve(use)?.properties.map { ($0.name, $0.schema, $0.isRequired) } ?? []
    }

    /// `constraints` are escaped for HTML; Markdown twins are plain text.
    private func unescaped(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Small helpers for writing Markdown text.
enum MarkdownText {
    /// Text on one line (newlines become spaces).
    static func oneLine(_ text: String) -> String {
        // Over UTF-8 bytes, with the same result as splitting at `Character.isNewline` (empty pieces dropped),
        // trimming each piece of `CharacterSet.whitespaces` and joining with spaces: this runs on every description
        // of every Markdown twin.
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var first = true
        var pieceStart = 0
        var index = 0
        func flush(_ end: Int) {
            guard end > pieceStart else { return }
            var lower = pieceStart
            var upper = end
            while lower < upper, let length = UTF8Text.spaceLength(bytes, at: lower, limit: upper) { lower += length }
            while upper > lower, let length = UTF8Text.spaceLength(bytes, endingAt: upper, limit: lower) { upper -= length }
            if !first { result.append(UInt8(ascii: " ")) }
            first = false
            result += bytes[lower..<upper]
        }
        while index < bytes.count {
            if let length = UTF8Text.newlineLength(bytes, at: index) {
                flush(index)
                index += length
                pieceStart = index
            } else {
                index += 1
            }
        }
        flush(bytes.count)
        return String(decoding: result, as: UTF8.self)
    }

    /// One-line text safe in a table cell.
    static func cell(_ text: String) -> String {
        let line = oneLine(text)
        return line.utf8.contains(UInt8(ascii: "|")) ? line.replacingOccurrences(of: "|", with: "\\|") : line
    }

    /// Text safe as a link label.
    static func inline(_ text: String) -> String {
        let line = oneLine(text)
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }) else { return line }
        return line.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
    }

    /// `operations/x.html` → `operations/x.md`.
    static func twinPath(_ htmlPath: String) -> String {
        htmlPath.hasSuffix(".html") ? String(htmlPath.dropLast(5)) + ".md" : htmlPath
    }

    /// A fenced code block whose fence is longer than any backtick run inside.
    static func fenced(_ code: String, language: String) -> String {
        var longest = 0
        var run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + language + "\n" + code + "\n" + fence
    }
}
