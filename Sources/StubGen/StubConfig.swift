/// What `specc generate` produces.
public struct StubConfig: Sendable, Hashable {
    /// Which parts to generate.
    public enum Mode: String, Sendable, Hashable, CaseIterable, Comparable {
        case types, client, server

        public static func < (lhs: Mode, rhs: Mode) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Access level of the generated declarations.
    public enum Access: String, Sendable, Hashable, CaseIterable {
        case `public`, package, `internal`
    }

    public var modes: Set<Mode>
    public var access: Access
    /// Keep only operations with one of these tags (empty: all).
    public var tags: [String]
    /// Keep only these operation ids (empty: all).
    public var operations: [String]
    /// Keep only operations whose path starts with one of these (empty: all).
    public var paths: [String]
    /// Swift names to use instead of derived ones: schema name or operation id → name.
    public var nameOverrides: [String: String]
    /// The document's path as shown in file headers (relative, for deterministic output).
    public var sourceName: String

    public init(
        modes: Set<Mode> = Set(Mode.allCases), access: Access = .internal, tags: [String] = [], operations: [String] = [],
        paths: [String] = [], nameOverrides: [String: String] = [:], sourceName: String = "openapi.yaml"
    ) {
        self.modes = modes
        self.access = access
        self.tags = tags
        self.operations = operations
        self.paths = paths
        self.nameOverrides = nameOverrides
        self.sourceName = sourceName
    }
}

/// One generated file: a path relative to the output folder, and its text.
public struct GeneratedFile: Sendable, Hashable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
