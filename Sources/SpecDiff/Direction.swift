import SpecDiagnostics

/// Which way data flows through the schema being compared. A change that narrows what a server accepts breaks
/// clients sending requests; the same change in what a server returns only narrows what clients must handle.
public enum Direction: String, Hashable, Sendable, CaseIterable {
    /// Data the client sends: parameters and request bodies (and, for webhooks, the responses it returns).
    case request
    /// Data the client receives: response bodies and headers (and, for webhooks, the requests it gets).
    case response

    /// The other direction.
    var reversed: Direction { self == .request ? .response : .request }

    /// `requests` or `responses`, as messages name where a shared schema is used.
    var plural: String { self == .request ? "requests" : "responses" }
}

/// How serious a change is, in each direction or always.
public enum ChangeLevels: Hashable, Sendable {
    /// The same level wherever the change is.
    case fixed(Severity)
    /// One level in requests, another in responses.
    case byDirection(request: Severity, response: Severity)

    /// The level in `direction`.
    public func level(in direction: Direction) -> Severity {
        switch self {
        case .fixed(let level): level
        case .byDirection(let request, let response): direction == .request ? request : response
        }
    }
}
