/// The HTTP methods a Path Item Object may hold, in the order the specification lists them.
public enum HTTPMethod: String, Hashable, Sendable, CaseIterable, Comparable {
    case get, put, post, delete, options, head, patch, trace
    /// OpenAPI 3.2 only.
    case query

    /// Upper-case form for messages and payloads (`GET`).
    public var uppercased: String { rawValue.uppercased() }

    private var rank: Int { HTTPMethod.allCases.firstIndex(of: self)! }

    public static func < (lhs: HTTPMethod, rhs: HTTPMethod) -> Bool { lhs.rank < rhs.rank }
}
