import SpecModel

/// Writes the canonical JSON of a resolved document, following a `ReferencePlan`.
///
/// Mapping keys are written in UTF-8 byte order; a repeated key keeps its first value, as lookups do.
/// The content of each inlined external target is written once and its bytes are reused afterwards. A struct
/// with mutating methods, so the many buffer writes need no run-time exclusivity checks.
struct CanonicalEmitter {
    private let plan: ReferencePlan
    private var writer: CanonicalJSONWriter
    private var memo: [RefTarget: [UInt8]] = [:]
    private var inProgress: Set<RefTarget> = []

    /// One member of an object the emitter assembles itself (the root and its components).
    private enum Member {
        case node(Node)
        case components(Node?)
        case kind(String, Node?)
        case content(RefTarget)
    }

    init(plan: ReferencePlan, capacity: Int) {
        self.plan = plan
        self.writer = CanonicalJSONWriter(capacity: capacity)
    }

    /// The canonical bytes of the whole document (`null` when the root could not be read).
    mutating func document() -> [UInt8] {
        guard let root = plan.files.root else { return Array("null".utf8) }
        if plan.aliasedComponents.isEmpty && plan.synthesized.isEmpty || !root.isMapping
            || root.entry("$ref")?.value.string != nil
        {
            emit(root)
        } else {
            var members = (root.entries ?? []).map { entry -> (String, Member) in
                (entry.name, entry.name == "components" ? .components(entry.value) : .node(entry.value))
            }
            if root["components"] == nil { members.append(("components", .components(nil))) }
            object(members)
        }
        return writer.bytes
    }

    // MARK: - Nodes

    private mutating func emit(_ node: Node) {
        switch node.content {
        case .scalar(let scalar):
            writer.scalar(scalar)
        case .sequence(let items):
            writer.byte(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                if offset > 0 { writer.byte(UInt8(ascii: ",")) }
                emit(item)
            }
            writer.byte(UInt8(ascii: "]"))
        case .mapping(let entries):
            // One pass finds the `$ref` (the first entry of that name, as lookups do) and whether every key
            // is `$ref`.
            var referenceText: String?
            var sawReference = false
            var onlyReferences = true
            for index in entries.indices {
                if entries[index].name == "$ref" {
                    if !sawReference { referenceText = entries[index].value.string }
                    sawReference = true
                } else {
                    onlyReferences = false
                }
            }
            guard let referenceText else {
                mapping(entries, reference: nil)
                return
            }
            let reference = plan.reference(referenceText, from: node.span.file)
            if onlyReferences, case .inline(let target) = reference {
                // A pure reference to another file is replaced as a whole by its target's content.
                content(of: target)
            } else {
                mapping(entries, reference: reference)
            }
        }
    }

    /// Writes a mapping in key order. With `reference`, the `$ref` value is written as that reference: a
    /// string, or the inlined content when a `$ref` with sibling keys points into another file.
    private mutating func mapping(_ entries: [Node.Entry], reference: CanonicalReference?) {
        writer.byte(UInt8(ascii: "{"))
        if let order = CanonicalEmitter.keyOrder(entries) {
            var previous: String?
            for position in order {
                let entry = entries[position]
                if let previous, String.compareUTF8(previous, entry.name) == 0 { continue }
                if previous != nil { writer.byte(UInt8(ascii: ",")) }
                previous = entry.name
                member(entry, reference: reference)
            }
        } else {
            for (offset, entry) in entries.enumerated() {
                if offset > 0 { writer.byte(UInt8(ascii: ",")) }
                member(entry, reference: reference)
            }
        }
        writer.byte(UInt8(ascii: "}"))
    }

    private mutating func member(_ entry: Node.Entry, reference: CanonicalReference?) {
        writer.string(entry.name)
        writer.byte(UInt8(ascii: ":"))
        if let reference, entry.name == "$ref" {
            switch reference {
            case .pointer(let text): writer.string(text)
            case .inline(let target): content(of: target)
            }
        } else {
            emit(entry.value)
        }
    }

    /// The positions of `entries` in key order (ties in document order); nil when the keys are already
    /// strictly increasing, which saves the sort for documents written in order.
    private static func keyOrder(_ entries: [Node.Entry]) -> [Int]? {
        var increasing = true
        var index = 1
        while index < entries.count {
            if String.compareUTF8(entries[index - 1].name, entries[index].name) >= 0 {
                increasing = false
                break
            }
            index += 1
        }
        if increasing { return nil }
        return entries.indices.sorted { left, right in
            let order = String.compareUTF8(entries[left].name, entries[right].name)
            return order == 0 ? left < right : order < 0
        }
    }

    /// Writes the content of an external target, reusing its bytes after the first time.
    private mutating func content(of target: RefTarget) {
        if let bytes = memo[target] {
            writer.append(bytes)
            return
        }
        guard let node = plan.files.node(at: target), !inProgress.contains(target) else {
            // The plan makes this unreachable; stay finite and deterministic if it ever is not.
            writer.ascii("{\"$ref\":")
            writer.string(plan.files.file(target.file).path + "#" + target.pointer.description)
            writer.byte(UInt8(ascii: "}"))
            return
        }
        inProgress.insert(target)
        let start = writer.bytes.count
        emit(node)
        inProgress.remove(target)
        memo[target] = Array(writer.bytes[start...])
    }

    // MARK: - Root and components

    private mutating func object(_ members: [(String, Member)]) {
        let order = members.indices.sorted { left, right in
            let order = String.compareUTF8(members[left].0, members[right].0)
            return order == 0 ? left < right : order < 0
        }
        writer.byte(UInt8(ascii: "{"))
        var previous: String?
        for position in order {
            let (key, member) = members[position]
            if let previous, String.compareUTF8(previous, key) == 0 { continue }
            if previous != nil { writer.byte(UInt8(ascii: ",")) }
            previous = key
            writer.string(key)
            writer.byte(UInt8(ascii: ":"))
            write(member)
        }
        writer.byte(UInt8(ascii: "}"))
    }

    private mutating func write(_ member: Member) {
        switch member {
        case .node(let node):
            emit(node)
        case .content(let target):
            content(of: target)
        case .components(let node):
            if let node, !node.isMapping {
                emit(node)
                return
            }
            var members = (node?.entries ?? []).map { ($0.name, Member.kind($0.name, $0.value)) }
            let present = Set(members.map(\.0))
            let extraKinds = Set(plan.synthesized.values.map(\.kind)).subtracting(present)
            members += extraKinds.map { ($0, Member.kind($0, nil)) }
            object(members)
        case .kind(let kind, let node):
            if let node, !node.isMapping {
                emit(node)
                return
            }
            let aliased = plan.aliasedComponents[kind] ?? [:]
            var members = (node?.entries ?? []).map { entry -> (String, Member) in
                (entry.name, aliased[entry.name].map { .content($0) } ?? .node(entry.value))
            }
            for (target, name) in plan.synthesized where name.kind == kind {
                members.append((name.name, .content(target)))
            }
            object(members)
        }
    }
}
