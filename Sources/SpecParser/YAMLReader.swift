import CYAML
import SpecDiagnostics
import SpecModel

/// Reads YAML with libyaml's event API into a located `Node` tree.
///
/// We build the tree from events ourselves (rather than using a YAML library's document model) because we
/// need every node's start and end position, aliases shared instead of copied, and limits checked as the
/// events arrive: that is what lets a billion-laughs document be refused after a few thousand events.
public struct YAMLReader {
    /// The file being read.
    public let file: SourceFile
    /// Its id in the run's table.
    public let fileID: FileID
    /// Bounds to enforce.
    public let limits: ReaderLimits

    /// Creates a reader.
    public init(file: SourceFile, fileID: FileID, limits: ReaderLimits = .default) {
        self.file = file
        self.fileID = fileID
        self.limits = limits
    }

    /// An open mapping or sequence. Its children live in the reader's one flat `children` buffer from `base`
    /// on (a mapping's as key, value, key, value...), so appending a child never copies a container's array:
    /// an enum frame holding its own array was copied on every append, quadratic in big mappings.
    private struct Frame {
        let isMapping: Bool
        let start: yaml_mark_t
        let anchor: String?
        let base: Int
    }

    private struct Stop: Error {}

    /// Parses the file. Problems go to `sink`; the result is nil when no usable tree could be read.
    public func read(into sink: any DiagnosticSink) -> Node? {
        var references: [String] = []
        return read(into: sink, references: &references)
    }

    /// Parses the file and lists the value of every `$ref` key met on the way, so the loader need not walk
    /// the tree again to find the files a document names. An aliased mapping's `$ref` is listed once.
    public func read(into sink: any DiagnosticSink, references: inout [String]) -> Node? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            sink.emit(Diagnostic(.error, "invalid-yaml", "libyaml could not be initialised"))
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        return file.bytes.withUnsafeBufferPointer { buffer -> Node? in
            // libyaml wants a non-null pointer even for empty input.
            let empty: [UInt8] = [0]
            return empty.withUnsafeBufferPointer { emptyBuffer -> Node? in
                let base = buffer.baseAddress ?? emptyBuffer.baseAddress!
                yaml_parser_set_input_string(&parser, base, buffer.count)
                yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
                do {
                    return try run(&parser, sink: sink, references: &references)
                } catch {
                    return nil
                }
            }
        }
    }

    private func span(_ start: yaml_mark_t, _ end: yaml_mark_t) -> SourceSpan {
        let from = file.position(line0: Int(start.line), characterColumn0: Int(start.column))
        let to = file.position(line0: Int(end.line), characterColumn0: Int(end.column))
        return SourceSpan(
            file: fileID, startLine: UInt32(from.line), startColumn: UInt32(from.column), endLine: UInt32(to.line),
            endColumn: UInt32(to.column))
    }

    private func range(_ mark: yaml_mark_t) -> SourceRange {
        SourceRange(file: file.path, at: file.position(line0: Int(mark.line), characterColumn0: Int(mark.column)))
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    private func run(
        _ parser: inout yaml_parser_t, sink: any DiagnosticSink, references: inout [String]
    ) throws -> Node? {
        var frames: [Frame] = []
        var children: [Node] = []
        children.reserveCapacity(1024)
        var anchors: [String: Node] = [:]
        var aliasExpansion = 0
        var root: Node?
        var documents = 0
        var event = yaml_event_t()

        func attach(_ node: Node) {
            guard let top = frames.last else {
                root = node
                return
            }
            // In a mapping, an even offset from the frame's base is a key.
            if top.isMapping, (children.count - top.base) & 1 == 0, node.scalar == nil {
                sink.emit(
                    Diagnostic(
                        .error, "invalid-yaml", "mapping keys must be scalars, found \(node.typeName)",
                        at: SourceRange(file: file.path, start: node.span.start, end: node.span.end)))
            }
            children.append(node)
        }

        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
                var message = problem
                if let context = parser.context.map({ String(cString: $0) }) {
                    message = "\(problem) \(context)"
                }
                sink.emit(Diagnostic(.error, "invalid-yaml", message, at: range(parser.problem_mark)))
                throw Stop()
            }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_STREAM_END_EVENT:
                if event.type == YAML_STREAM_END_EVENT { return root }
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    sink.emit(
                        Diagnostic(
                            .error, "invalid-yaml", "expected one YAML document, found a second one",
                            at: range(event.start_mark)))
                    throw Stop()
                }
            case YAML_DOCUMENT_END_EVENT:
                break
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                let text = data.value.map {
                    String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self)
                } ?? ""
                let style: Scalar.Style
                switch data.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .quoted
                case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: style = .block
                default: style = .plain
                }
                let tag = data.tag == nil ? nil : YAMLReader.string(data.tag)
                let node = Node(
                    scalar: Scalar(text: text, style: style, tag: tag == "!" ? "!!str" : tag),
                    span: span(event.start_mark, event.end_mark))
                if let anchor = YAMLReader.string(data.anchor) { anchors[anchor] = node }
                attach(node)
            case YAML_ALIAS_EVENT:
                let name = YAMLReader.string(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    sink.emit(
                        Diagnostic(.error, "invalid-yaml", "alias '*\(name)' names no anchor", at: range(event.start_mark)))
                    throw Stop()
                }
                aliasExpansion += target.expandedSize
                if aliasExpansion > limits.maxAliasExpansion {
                    sink.emit(
                        Diagnostic(
                            .error, "alias-expansion-limit",
                            "YAML aliases expand to more than \(limits.maxAliasExpansion) nodes; refusing to read further (a billion-laughs document?)",
                            at: range(event.start_mark)))
                    throw Stop()
                }
                attach(target)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if frames.count >= limits.maxDepth {
                    sink.emit(
                        Diagnostic(
                            .error, "nesting-too-deep", "nesting is deeper than \(limits.maxDepth) levels",
                            at: range(event.start_mark)))
                    throw Stop()
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = YAMLReader.string(
                    isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                frames.append(Frame(isMapping: isMapping, start: event.start_mark, anchor: anchor, base: children.count))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = frames.popLast() else { throw Stop() }
                let node: Node
                if frame.isMapping {
                    var entries: [Node.Entry] = []
                    entries.reserveCapacity((children.count - frame.base) / 2)
                    var index = frame.base
                    while index + 1 < children.count {
                        let entry = Node.Entry(key: children[index], value: children[index + 1])
                        if entry.name == "$ref", let target = entry.value.string { references.append(target) }
                        entries.append(entry)
                        index += 2
                    }
                    reportDuplicateKeys(entries, sink: sink)
                    node = Node(mapping: entries, span: span(frame.start, event.end_mark))
                } else {
                    node = Node(sequence: Array(children[frame.base...]), span: span(frame.start, event.end_mark))
                }
                children.removeSubrange(frame.base...)
                if let anchor = frame.anchor { anchors[anchor] = node }
                attach(node)
            default:
                break
            }
        }
    }

    private func reportDuplicateKeys(_ entries: [Node.Entry], sink: any DiagnosticSink) {
        guard entries.count > 1 else { return }
        if entries.count <= 8 {
            for index in 1..<entries.count {
                for earlier in 0..<index where entries[earlier].name == entries[index].name {
                    report(entries[index], first: entries[earlier], sink: sink)
                    break
                }
            }
            return
        }
        var seen = [String: Int](minimumCapacity: entries.count)
        for (index, entry) in entries.enumerated() {
            if let earlier = seen[entry.name] {
                report(entry, first: entries[earlier], sink: sink)
            } else {
                seen[entry.name] = index
            }
        }
    }

    private func report(_ duplicate: Node.Entry, first: Node.Entry, sink: any DiagnosticSink) {
        sink.emit(
            Diagnostic(
                .error, "duplicate-key", "duplicate key '\(duplicate.name)'",
                at: SourceRange(file: file.path, start: duplicate.key.span.start, end: duplicate.key.span.end),
                notes: [
                    .init(
                        "'\(first.name)' first appears here",
                        at: SourceRange(file: file.path, start: first.key.span.start, end: first.key.span.end))
                ]))
    }
}
