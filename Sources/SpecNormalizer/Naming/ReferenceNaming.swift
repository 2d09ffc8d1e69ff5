import SpecModel

/// Where a named thing is written: a file path (as loaded) and a JSON pointer in it. Sorting uses the UTF-8
/// bytes of the path, then of the escaped pointer, so the order never depends on load order or file ids.
struct NamedLocation: Hashable, Sendable, Comparable {
    /// The normalized path of the file.
    var path: String
    /// The pointer inside it.
    var pointer: JSONPointer

    static func < (lhs: NamedLocation, rhs: NamedLocation) -> Bool {
        if lhs.path != rhs.path { return String.precedesInUTF8(lhs.path, rhs.path) }
        return String.precedesInUTF8(lhs.pointer.description, rhs.pointer.description)
    }
}

/// Names for objects that are not root components: derived from the location, made unique by `_2`, `_3`.
///
/// Both the normalized API (schema names) and the canonical hash (synthesized components for recursive
/// external references) use these rules, so the two agree on what a file-based schema is called.
enum ReferenceNaming {
    /// The name a location suggests: the last pointer token (`defs.yaml#/Pet` → `Pet`), or the file name
    /// without its `.yaml`/`.yml`/`.json` extension when the pointer is empty (`schemas/Pet.yaml` → `Pet`).
    /// A purely numeric last token (an array index) is joined to the token before it (`allOf_0`).
    static func baseName(of location: NamedLocation) -> String {
        let tokens = location.pointer.tokens
        if let last = tokens.last, !last.isEmpty {
            if last.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), tokens.count >= 2 {
                return tokens[tokens.count - 2] + "_" + last
            }
            return last
        }
        var name = location.path.split(separator: "/").last.map(String.init) ?? location.path
        for suffix in [".yaml", ".yml", ".json"] where name.lowercased().hasSuffix(suffix) {
            name.removeLast(suffix.count)
            break
        }
        return name.isEmpty ? "Schema" : name
    }

    /// Gives every location a unique name; names in `taken` are never handed out.
    ///
    /// Locations sharing a base name are taken in sorted location order. First, the first location of each
    /// base gets the base itself when it is free, so a file whose own name is `Pet_2` keeps it. Then the
    /// others get `base_2`, `base_3`... (the counter runs per base, skipping names in use). Bases are handled in
    /// UTF-8 byte order, so the result depends only on the set of locations and `taken`.
    static func assign(_ locations: [NamedLocation], taken: Set<String>) -> [NamedLocation: String] {
        var groups: [String: [NamedLocation]] = [:]
        for location in Set(locations) { groups[baseName(of: location), default: []].append(location) }
        let bases = groups.keys.sorted(by: String.precedesInUTF8)
        for base in bases { groups[base]!.sort() }
        var used = taken
        var names: [NamedLocation: String] = [:]
        for base in bases where !used.contains(base) {
            used.insert(base)
            names[groups[base]![0]] = base
        }
        for base in bases {
            var counter = 2
            for location in groups[base]! where names[location] == nil {
                while used.contains("\(base)_\(counter)") { counter += 1 }
                let name = "\(base)_\(counter)"
                used.insert(name)
                names[location] = name
            }
        }
        return names
    }
}
