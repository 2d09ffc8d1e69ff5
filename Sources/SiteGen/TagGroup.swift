/// A named group of tags for the sidebar and the home page (Redoc's `x-tagGroups` extension).
public struct TagGroup: Sendable, Hashable {
    /// The group's heading.
    public var name: String
    /// Tag names in the order shown.
    public var tags: [String]

    /// Creates a group.
    public init(name: String, tags: [String]) {
        self.name = name
        self.tags = tags
    }

    /// The heading of the group holding the tags that no group names.
    public static let otherName = "Other"

    /// `tags` (in document order) arranged by `groups`: each group's tags that exist, in the group's order, then
    /// an "Other" group of the rest. Without groups, one unnamed group of every tag. A tag listed by several groups
    /// appears in each; empty groups are left out.
    static func arrange(_ tags: [String], by groups: [TagGroup]) -> [(name: String, tags: [String])] {
        guard !groups.isEmpty else { return [(name: "", tags: tags)] }
        let known = Set(tags)
        var grouped = Set<String>()
        var result: [(name: String, tags: [String])] = []
        for group in groups {
            var seen = Set<String>()
            let members = group.tags.filter { known.contains($0) && seen.insert($0).inserted }
            grouped.formUnion(members)
            if !members.isEmpty { result.append((name: group.name, tags: members)) }
        }
        let rest = tags.filter { !grouped.contains($0) }
        if !rest.isEmpty { result.append((name: otherName, tags: rest)) }
        return result
    }
}
