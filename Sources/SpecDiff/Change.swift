import SpecDiagnostics

/// One difference between two versions of an API, judged from the point of view of existing clients.
///
/// `level` is `.error` when the change breaks clients written against the base, `.warning` when it may break
/// some of them, `.info` otherwise. A change in a shared schema that several operations reach is one change
/// whose `affected` lists those operations; a change that concerns one operation names it in `operation`.
public struct Change: Hashable, Sendable {
    /// The stable kebab-case id (`operation-removed`); see `ChangeCatalog`.
    public var id: DiagnosticID
    /// Error (breaking), warning (may break) or info.
    public var level: Severity
    /// Lower-case text without a trailing period naming the before and after values.
    public var message: String
    /// The operation concerned, when exactly one is.
    public var operation: Diagnostic.Operation?
    /// Where the change is: in the revision, or in the base for something that was removed.
    public var location: SourceRange?
    /// The operations a shared schema change reaches, sorted, when there are several.
    public var affected: [Diagnostic.Operation]

    /// Creates a change.
    public init(
        id: DiagnosticID, level: Severity, message: String, operation: Diagnostic.Operation? = nil,
        location: SourceRange? = nil, affected: [Diagnostic.Operation] = []
    ) {
        self.id = id
        self.level = level
        self.message = message
        self.operation = operation
        self.location = location
        self.affected = affected
    }

    /// Every operation the change concerns: `operation`, or `affected`.
    public var operations: [Diagnostic.Operation] { operation.map { [$0] } ?? affected }

    /// The order every output uses: level (breaking first), then the operation (path in UTF-8 order, then
    /// method in the specification's order; changes to the whole document first), then id and message.
    public static func sortOrder(_ lhs: Change, _ rhs: Change) -> Bool {
        if lhs.level != rhs.level { return lhs.level < rhs.level }
        switch (lhs.operations.first, rhs.operations.first) {
        case (nil, _?): return true
        case (_?, nil): return false
        case let (left?, right?) where left != right: return OperationOrder.precedes(left, right)
        default: break
        }
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        if lhs.message != rhs.message { return lhs.message < rhs.message }
        return (lhs.location?.file ?? "", lhs.location?.start.line ?? 0)
            < (rhs.location?.file ?? "", rhs.location?.start.line ?? 0)
    }
}

/// Orders operations as the normalized API does: path in UTF-8 order, then method in the specification's order.
public enum OperationOrder {
    private static let methods = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY"]

    /// Whether `lhs` comes before `rhs`.
    public static func precedes(_ lhs: Diagnostic.Operation, _ rhs: Diagnostic.Operation) -> Bool {
        if lhs.path != rhs.path { return lhs.path.utf8.lexicographicallyPrecedes(rhs.path.utf8) }
        let left = methods.firstIndex(of: lhs.method) ?? methods.count
        let right = methods.firstIndex(of: rhs.method) ?? methods.count
        if left != right { return left < right }
        return lhs.method < rhs.method
    }

    /// `GET /pets`.
    public static func text(_ operation: Diagnostic.Operation) -> String { "\(operation.method) \(operation.path)" }
}

extension Array where Element == Change {
    /// Whether any change is at `level` or more serious.
    public func contains(atLeast level: Severity) -> Bool { contains { $0.level <= level } }

    /// Number of changes at one level.
    public func count(of level: Severity) -> Int { reduce(0) { $0 + ($1.level == level ? 1 : 0) } }
}
