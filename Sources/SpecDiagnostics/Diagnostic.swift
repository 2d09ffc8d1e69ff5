/// One problem found in the input, with where it is and what to do about it.
public struct Diagnostic: Hashable, Sendable {
    /// A secondary location that explains the finding ("first defined here").
    public struct Note: Hashable, Sendable {
        /// What the location shows.
        public var message: String
        /// Where it is, when known.
        public var range: SourceRange?

        /// Creates a note.
        public init(_ message: String, at range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }

    /// The operation a finding belongs to, when it belongs to one.
    public struct Operation: Hashable, Sendable {
        /// Upper-case HTTP method.
        public var method: String
        /// The path template as written.
        public var path: String

        /// Creates an operation reference.
        public init(method: String, path: String) {
            self.method = method
            self.path = path
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// The stable id; every finding has one (structural problems use ids such as `invalid-yaml`).
    public var id: DiagnosticID
    /// Lower-case message without a trailing period.
    public var message: String
    /// Where the problem is, when it has a place.
    public var range: SourceRange?
    /// Secondary locations.
    public var notes: [Note]
    /// The operation concerned, if any.
    public var operation: Operation?

    /// Creates a finding.
    public init(
        _ severity: Severity, _ id: DiagnosticID, _ message: String, at range: SourceRange? = nil,
        notes: [Note] = [], operation: Operation? = nil
    ) {
        self.severity = severity
        self.id = id
        self.message = message
        self.range = range
        self.notes = notes
        self.operation = operation
    }

    /// Orders findings by file, line, column, then id and message, so output is stable.
    public static func sortOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        switch (lhs.range, rhs.range) {
        case let (left?, right?) where left != right: return left < right
        case (nil, _?): return true
        case (_?, nil): return false
        default: break
        }
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// The findings in file, line, column order.
    public func sortedForOutput() -> [Diagnostic] { sorted(by: Diagnostic.sortOrder) }

    /// Number of findings of one severity.
    public func count(of severity: Severity) -> Int { reduce(0) { $0 + ($1.severity == severity ? 1 : 0) } }
}
