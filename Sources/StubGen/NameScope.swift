/// Hands out unique names within one Swift scope (a type's members, a namespace's types).
///
/// The first claimant of a name keeps it; later ones get `_2`, `_3`... in the order they ask, which is
/// document order, so the result is deterministic. Names are compared without backticks.
public struct NameScope: Sendable {
    private var taken: Set<String>

    /// A scope where `reserved` names are already taken.
    public init(reserved: Set<String> = []) {
        taken = reserved
    }

    /// A unique name based on `name` (already a valid identifier, possibly backticked).
    public mutating func claim(_ name: String) -> String {
        let bare = SwiftName.bare(name)
        if taken.insert(bare).inserted { return name }
        var counter = 2
        while !taken.insert("\(bare)_\(counter)").inserted { counter += 1 }
        return "\(bare)_\(counter)"
    }

    /// Whether `name` is taken.
    public func contains(_ name: String) -> Bool { taken.contains(SwiftName.bare(name)) }
}
