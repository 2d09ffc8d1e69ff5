import SpecDiagnostics
import SpecModel

/// Turns `$ref` strings into the node at the end of their chain, once per (file, text).
///
/// A chain is a `$ref` whose target is itself only a `$ref`; we follow it to the first real object so
/// `Reference.target` always names something that can be built. A chain that loops back without reaching an
/// object is a cycle. Recursive schemas are not chains (their `$ref` sits inside a real object), so they
/// resolve in one step and are never followed further here.
struct ReferenceResolver {
    /// Why a reference has no target.
    enum Failure: Hashable {
        /// The file or the pointer names nothing; the message and optional did-you-mean note.
        case unresolved(String, note: String?, noteSpan: SourceSpan?)
        /// An absolute URI.
        case remote(String)
        /// A chain of references that loops; the members, starting at the one written first.
        case cycle([RefTarget])
    }

    /// The result of resolving one `$ref`.
    struct Outcome {
        /// The final target, when there is one.
        var target: RefTarget?
        /// Why there is none.
        var failure: Failure?
        /// Where to report the failure: nil for the `$ref` being resolved, else a `$ref` further down the chain.
        var failureSpan: SourceSpan?
    }

    private struct Key: Hashable {
        var file: FileID
        var text: String
    }

    let files: DocumentSet
    let version: SpecVersion
    private var cache: [Key: Outcome] = [:]

    init(files: DocumentSet, version: SpecVersion) {
        self.files = files
        self.version = version
    }

    /// Resolves `text` written in `file`, following chains.
    mutating func resolve(_ text: String, from file: FileID) -> Outcome {
        let key = Key(file: file, text: text)
        if let cached = cache[key] { return cached }
        let outcome = follow(text, from: file)
        cache[key] = outcome
        return outcome
    }

    /// Whether a node is only a reference (a hop of a chain), not an object that has a `$ref` among its fields.
    ///
    /// In 3.0 every sibling of `$ref` is ignored. In 3.1 a Reference Object may carry `summary` and
    /// `description`, and a schema may add annotations; a schema with other keywords beside `$ref` is a real
    /// schema that also applies the reference.
    static func isReference(_ node: Node, version: SpecVersion) -> Bool {
        guard let entries = node.entries, let reference = node.entry("$ref"), reference.value.string != nil
        else { return false }
        guard version >= .v3_1 else { return true }
        for entry in entries where entry.name != "$ref" && !entry.name.hasPrefix("x-") {
            guard annotationKeys.contains(entry.name) else { return false }
        }
        return true
    }

    private static let annotationKeys: Set<String> = [
        "summary", "description", "title", "$comment", "deprecated", "readOnly", "writeOnly", "default", "examples",
        "example",
    ]

    private func follow(_ text: String, from file: FileID) -> Outcome {
        var hops: [RefTarget] = []
        var hopSpans: [SourceSpan] = []
        var text = text
        var file = file
        var span: SourceSpan?
        while true {
            switch files.resolve(text, from: file) {
            case .resolved(let target):
                if let start = hops.firstIndex(of: target) {
                    return cycle(Array(hops[start...]), spans: Array(hopSpans[start...]))
                }
                guard let node = files.node(at: target), ReferenceResolver.isReference(node, version: version),
                    let next = node.entry("$ref")
                else { return Outcome(target: target) }
                hops.append(target)
                hopSpans.append(next.value.span)
                text = next.value.string ?? ""
                file = target.file
                span = next.value.span
            case .remote:
                return Outcome(
                    failure: .remote(
                        "'\(text)' is a remote reference; specc reads local files only (offline by design)"),
                    failureSpan: span)
            case .missingFile(let path):
                let written =
                    text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                    .map(String.init) ?? text
                let reason =
                    files.loadFailures[path]
                    ?? (files.file(atPath: path) != nil ? "it is not valid YAML or JSON" : "no such file")
                return Outcome(
                    failure: .unresolved("'\(written)' cannot be read: \(reason)", note: nil, noteSpan: nil),
                    failureSpan: span)
            case .invalidPointer:
                return Outcome(
                    failure: .unresolved(
                        "'\(text)' has a fragment that is not a JSON pointer (plain-name anchors are not supported)",
                        note: nil, noteSpan: nil), failureSpan: span)
            case .missingTarget(let path, let pointer):
                let suggestion = closestExisting(pointer, inFileAt: path)
                return Outcome(
                    failure: .unresolved(
                        "'\(text)' does not exist",
                        note: suggestion.map { "did you mean '\($0.name)'? it is defined here" },
                        noteSpan: suggestion?.span), failureSpan: span)
            }
        }
    }

    /// The member written first starts the cycle, so each cycle is reported once, at the same place.
    private func cycle(_ members: [RefTarget], spans: [SourceSpan]) -> Outcome {
        var first = 0
        for index in members.indices.dropFirst() {
            let (a, b) = (spans[index], spans[first])
            if (a.file, a.startLine, a.startColumn) < (b.file, b.startLine, b.startColumn) { first = index }
        }
        let rotated = Array(members[first...] + members[..<first])
        return Outcome(failure: .cycle(rotated), failureSpan: spans[first])
    }

    /// The key closest to the first pointer token that names nothing, for a did-you-mean note.
    private func closestExisting(_ pointer: JSONPointer, inFileAt path: String) -> (name: String, span: SourceSpan)? {
        guard var node = files.file(atPath: path)?.root else { return nil }
        for token in pointer.tokens {
            if let next = node.resolve(JSONPointer(tokens: [token])) {
                node = next
                continue
            }
            guard let entries = node.entries,
                let name = Suggestions.closest(to: token, in: entries.lazy.map(\.name)),
                let entry = node.entry(name)
            else { return nil }
            return (name, entry.key.span)
        }
        return nil
    }

    /// How messages name a target: `#/components/schemas/Pet` in the root file, `pet.yaml#/Pet` elsewhere.
    func display(_ target: RefTarget) -> String {
        let pointer = "#" + target.pointer.description
        return target.file == files.rootFile ? pointer : files.file(target.file).path + pointer
    }
}
