import SpecDiagnostics
import SpecModel

/// How one `$ref` appears in the canonical form.
enum CanonicalReference: Hashable {
    /// Kept as a reference, with this canonical `$ref` string (`#/components/schemas/Pet`).
    case pointer(String)
    /// Replaced by the content of the target.
    case inline(RefTarget)
}

/// Decides, before anything is written, what every `$ref` of a document becomes in the canonical form.
///
/// - References into the root file stay references (`#` + the pointer).
/// - A root component whose whole value is a `$ref` to another file is an alias: references to that file's
///   target (and to every pure-`$ref` hop on the way) become `#/components/<kind>/<name>`, and the component
///   takes the content of the last hop.
/// - References to other external targets are inlined, except targets that can reach themselves through
///   inlining (a strongly connected component of the inlining graph): those become synthesized components
///   named by `ReferenceNaming`, under the kind their pointer names (`…#/components/<kind>/<name>`) or under
///   `schemas`.
/// - Anything that does not resolve stays as written.
final class ReferencePlan {
    /// The files of the document.
    let files: DocumentSet
    /// The root file.
    let rootFile: FileID
    /// External target → the component pointer it is written as.
    private(set) var aliases: [RefTarget: String] = [:]
    /// Root components that alias a file: kind → name → the target whose content they take.
    private(set) var aliasedComponents: [String: [String: RefTarget]] = [:]
    /// Recursive external targets → their synthesized kind and name.
    private(set) var synthesized: [RefTarget: (kind: String, name: String)] = [:]

    private struct RefKey: Hashable {
        var text: String
        var file: FileID
    }

    private var resolutions: [RefKey: RefTarget?] = [:]
    private var decided: [RefKey: CanonicalReference] = [:]

    /// Plans the references of `files`.
    init(files: DocumentSet) {
        self.files = files
        self.rootFile = files.rootFile
        // With one readable file every reference stays a reference: nothing to alias, inline or synthesize.
        guard files.files.lazy.filter({ $0.root != nil }).count > 1 else { return }
        planAliases()
        planRecursiveTargets()
    }

    /// What the `$ref` `text`, written in `file`, becomes.
    /// Only valid once planning is done (the emitter's use); cached, as documents repeat their references.
    func reference(_ text: String, from file: FileID) -> CanonicalReference {
        let key = RefKey(text: text, file: file)
        if let known = decided[key] { return known }
        let decision: CanonicalReference
        if let target = resolve(text, from: file) {
            if target.file == rootFile {
                decision = .pointer("#" + target.pointer.description)
            } else if let alias = aliases[target] {
                decision = .pointer(alias)
            } else if let synthesized = synthesized[target] {
                decision = .pointer(ReferencePlan.componentPointer(kind: synthesized.kind, name: synthesized.name))
            } else {
                decision = .inline(target)
            }
        } else {
            decision = .pointer(text)
        }
        decided[key] = decision
        return decision
    }

    /// `#/components/<kind>/<name>` with the name escaped as a pointer token.
    static func componentPointer(kind: String, name: String) -> String {
        "#" + JSONPointer(tokens: ["components", kind, name]).description
    }

    /// The resolved target of a `$ref`, cached; nil when it does not resolve.
    func resolve(_ text: String, from file: FileID) -> RefTarget? {
        let key = RefKey(text: text, file: file)
        if let cached = resolutions[key] { return cached }
        var target: RefTarget?
        if case .resolved(let resolved) = files.resolve(text, from: file) { target = resolved }
        resolutions[key] = target
        return target
    }

    /// The `$ref` text of a mapping that holds nothing but a `$ref` string.
    static func pureReference(_ node: Node) -> String? {
        guard let entries = node.entries, !entries.isEmpty, entries.allSatisfy({ $0.name == "$ref" }) else {
            return nil
        }
        return entries[0].value.string
    }

    // MARK: - Aliases

    private func planAliases() {
        guard let root = files.root, let kinds = root["components"]?.entries else { return }
        var candidates: [(kind: String, name: String, chain: [RefTarget])] = []
        for kind in ReferencePlan.firstEntries(kinds) {
            for component in ReferencePlan.firstEntries(kind.value.entries ?? []) {
                guard let text = ReferencePlan.pureReference(component.value),
                    let first = resolve(text, from: rootFile), first.file != rootFile
                else { continue }
                var chain = [first]
                // Follow pure-`$ref` hops to other external targets, so the component takes real content.
                while let node = files.node(at: chain[chain.count - 1]), let next = ReferencePlan.pureReference(node),
                    let target = resolve(next, from: chain[chain.count - 1].file), target.file != rootFile,
                    !chain.contains(target)
                {
                    chain.append(target)
                }
                aliasedComponents[kind.name, default: [:]][component.name] = chain[chain.count - 1]
                candidates.append((kind.name, component.name, chain))
            }
        }
        // Several components may alias one target: the first in (kind, name) byte order names it.
        candidates.sort {
            $0.kind != $1.kind ? String.precedesInUTF8($0.kind, $1.kind) : String.precedesInUTF8($0.name, $1.name)
        }
        for candidate in candidates {
            let pointer = ReferencePlan.componentPointer(kind: candidate.kind, name: candidate.name)
            for target in candidate.chain where aliases[target] == nil { aliases[target] = pointer }
        }
    }

    /// Entries with duplicate keys dropped (the first wins, as lookups do).
    static func firstEntries(_ entries: [Node.Entry]) -> [Node.Entry] {
        var seen: Set<String> = []
        return entries.filter { seen.insert($0.name).inserted }
    }

    // MARK: - Recursive targets

    private func planRecursiveTargets() {
        guard let root = files.root else { return }
        var graph = InliningGraph(plan: self)
        var starts = graph.targets(in: root)
        for end in Set(aliasedComponents.values.flatMap(\.values)).sorted() {
            if let node = files.node(at: end) { starts += graph.targets(in: node) }
        }
        let recursive = graph.recursiveTargets(from: starts)
        guard !recursive.isEmpty else { return }
        var byKind: [String: [NamedLocation: RefTarget]] = [:]
        for target in recursive {
            let tokens = target.pointer.tokens
            let kind = tokens.count == 3 && tokens[0] == "components" ? tokens[1] : "schemas"
            let location = NamedLocation(path: files.file(target.file).path, pointer: target.pointer)
            byKind[kind, default: [:]][location] = target
        }
        let existing = root["components"]?.entries ?? []
        for (kind, targets) in byKind {
            let entries = ReferencePlan.firstEntries(existing).first { $0.name == kind }?.value.entries ?? []
            let taken = Set(entries.map(\.name))
            for (location, name) in ReferenceNaming.assign(Array(targets.keys), taken: taken) {
                synthesized[targets[location]!] = (kind, name)
            }
        }
    }

    /// The external targets a subtree inlines directly: resolved, in another file, not aliased.
    func inlinedTargets(in node: Node) -> [RefTarget] {
        var found: [RefTarget] = []
        var stack: [Node] = [node]
        while let node = stack.popLast() {
            switch node.content {
            case .scalar:
                continue
            case .sequence(let items):
                stack.append(contentsOf: items.reversed())
            case .mapping(let entries):
                for entry in entries.reversed() {
                    if entry.name == "$ref", let text = entry.value.string {
                        if let target = resolve(text, from: node.span.file), target.file != rootFile,
                            aliases[target] == nil
                        {
                            found.append(target)
                        }
                    } else {
                        stack.append(entry.value)
                    }
                }
            }
        }
        return found
    }
}
