import SpecDiagnostics
import SpecModel

/// Reads the fields of one mapping node: typed getters report values of the wrong type, and `finish()` reports
/// the keys nobody asked for (other than `x-` extensions) as unknown fields, with a did-you-mean.
///
/// Getters take the version a field appeared in: asked of an older document, the field is left unread, so
/// `finish()` reports it and says which version introduced it.
struct ObjectReader {
    /// The mapping being read.
    let node: Node
    /// What messages call it: `operation object`.
    let object: String
    private let entries: [Node.Entry]
    private let builder: DocumentBuilder
    private let reporter: BuildReporter
    private let version: SpecVersion
    private var values: ValueReader { ValueReader(reporter: reporter) }
    private var consumed = 0
    private var asked: [String] = []
    private var later: [(name: String, version: SpecVersion)] = []

    /// Creates a reader over a mapping node.
    init(_ node: Node, object: String, builder: DocumentBuilder) {
        self.node = node
        self.object = object
        self.entries = node.entries ?? []
        self.builder = builder
        self.reporter = builder.reporter
        self.version = builder.version
        asked.reserveCapacity(16)
    }

    /// Marks `key` as a known field and returns its entry when present.
    mutating func entry(_ key: String, since: SpecVersion = .v3_0) -> Node.Entry? {
        guard version >= since else {
            later.append((key, since))
            return nil
        }
        asked.append(key)
        guard let entry = node.entry(key) else { return nil }
        consumed += 1
        return entry
    }

    /// Whether the mapping holds `key` (without marking it known).
    func has(_ key: String) -> Bool { node.entry(key) != nil }

    /// Reports `missing-field` for each of `keys` that is absent.
    func require(_ keys: String...) {
        for key in keys where node.entry(key) == nil { reporter.missingField(key, in: object, at: node) }
    }

    /// The value of `key`; a mapping that is only a `$ref` stands for its target here (see
    /// `DocumentBuilder.inline`). Nil when absent or when the reference leads nowhere (reported).
    mutating func value(_ key: String, since: SpecVersion = .v3_0) -> Node? {
        guard let value = entry(key, since: since)?.value else { return nil }
        return value.isMapping ? builder.inline(value) : value
    }

    /// Any value, as written: example values may hold a `$ref` key as plain data.
    mutating func any(_ key: String, since: SpecVersion = .v3_0) -> Node? { entry(key, since: since)?.value }

    /// A string; other scalars are reported and kept as written.
    mutating func string(_ key: String, since: SpecVersion = .v3_0) -> Located<String>? {
        value(key, since: since).flatMap { values.string($0, for: .key(key)) }
    }

    /// A string naming one of a fixed set; other scalars are reported and dropped.
    mutating func token(_ key: String, since: SpecVersion = .v3_0) -> Located<String>? {
        value(key, since: since).flatMap { values.token($0, for: .key(key)) }
    }

    /// A boolean.
    mutating func bool(_ key: String, since: SpecVersion = .v3_0) -> Located<Bool>? {
        value(key, since: since).flatMap { values.bool($0, for: .key(key)) }
    }

    /// A number.
    mutating func number(_ key: String, since: SpecVersion = .v3_0) -> Located<Double>? {
        value(key, since: since).flatMap { values.number($0, for: .key(key)) }
    }

    /// A non-negative integer.
    mutating func count(_ key: String, since: SpecVersion = .v3_0) -> Located<Int>? {
        value(key, since: since).flatMap { values.count($0, for: .key(key)) }
    }

    /// A mapping node.
    mutating func mapping(_ key: String, since: SpecVersion = .v3_0) -> Node? {
        value(key, since: since).flatMap { values.mapping($0, for: .key(key)) }
    }

    /// The items of a sequence.
    mutating func sequence(_ key: String, since: SpecVersion = .v3_0) -> [Node]? {
        value(key, since: since).flatMap { values.sequence($0, for: .key(key)) }
    }

    /// A list of strings; items of other types are reported at the item.
    mutating func strings(_ key: String, since: SpecVersion = .v3_0) -> [Located<String>]? {
        value(key, since: since).flatMap { values.strings($0, named: key) }
    }

    /// A value built by `build` from the field's node.
    mutating func object<T>(_ key: String, since: SpecVersion = .v3_0, _ build: (Node, Subject) -> T?) -> T? {
        guard let value = entry(key, since: since)?.value else { return nil }
        return build(value, .key(key))
    }

    /// A list whose items are built by `build`.
    mutating func list<T>(_ key: String, since: SpecVersion = .v3_0, _ build: (Node, Subject) -> T?) -> [T]? {
        guard let items = sequence(key, since: since) else { return nil }
        return items.compactMap { build($0, .item(of: key)) }
    }

    /// A mapping from user-chosen names to values built by `build`; with `extensions`, `x-` keys are
    /// extensions of that map and skipped.
    mutating func map<T>(
        _ key: String, since: SpecVersion = .v3_0, extensions: Bool = false, _ build: (Node.Entry) -> T?
    ) -> [Named<T>]? {
        guard let value = mapping(key, since: since) else { return nil }
        return ObjectReader.named(value, extensions: extensions, build)
    }

    /// Reports unknown keys and returns the `x-` extensions in document order.
    func finish() -> [Named<Node>] {
        var extensions: [Named<Node>] = []
        var others = 0
        for entry in entries {
            if entry.name.hasPrefix("x-") {
                extensions.append(Named(name: entry.name, nameSpan: entry.key.span, value: entry.value))
            } else {
                others += 1
            }
        }
        // Every other key was asked for (the usual case): nothing to report. Duplicate keys make the counts
        // differ too, so the slow path below checks names.
        guard others != consumed else { return extensions }
        for entry in entries where !entry.name.hasPrefix("x-") && !asked.contains(entry.name) {
            reportUnknown(entry)
        }
        return extensions
    }

    private func reportUnknown(_ entry: Node.Entry) {
        var message = "unknown field '\(entry.name)' in \(object)"
        if let newer = later.first(where: { $0.name == entry.name }) {
            message += "; '\(entry.name)' is new in openapi \(newer.version.rawValue)"
        } else if let match = asked.first(where: { $0.lowercased() == entry.name.lowercased() }) {
            message += "; did you mean '\(match)'?"
        } else if let suggestion = Suggestions.closest(to: entry.name, in: asked) {
            message += "; did you mean '\(suggestion)'?"
        }
        reporter.emit(.error, "unknown-field", message, at: entry.key.span)
    }

    /// Builds each entry of a mapping (skipping `x-` keys when `extensions` is set).
    static func named<T>(_ node: Node, extensions: Bool, _ build: (Node.Entry) -> T?) -> [Named<T>] {
        guard let entries = node.entries else { return [] }
        var result: [Named<T>] = []
        result.reserveCapacity(entries.count)
        for entry in entries {
            if extensions && entry.name.hasPrefix("x-") { continue }
            if let value = build(entry) {
                result.append(Named(name: entry.name, nameSpan: entry.key.span, value: value))
            }
        }
        return result
    }
}
