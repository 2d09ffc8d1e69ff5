import SpecDiagnostics
import SpecModel

/// What a rule sees: the document, and a way to report findings under the rule's id and default severity.
public struct LintContext: Sendable {
    /// The document as written, with every file and every referenced object.
    public let document: RawDocument
    /// The rule's id.
    public let id: DiagnosticID
    /// The rule's default severity (the pipeline applies user overrides afterwards).
    public let severity: Severity
    /// Every path item and operation, found once per lint run and shared by the rules that need them.
    let operationWalker: OperationWalker
    private let sink: any DiagnosticSink

    /// Creates a context for one rule.
    public init(document: RawDocument, id: DiagnosticID, severity: Severity, sink: any DiagnosticSink) {
        self.init(document: document, id: id, severity: severity, operations: OperationWalker(document), sink: sink)
    }

    /// Creates a context sharing an operation walk already made.
    init(
        document: RawDocument, id: DiagnosticID, severity: Severity, operations: OperationWalker,
        sink: any DiagnosticSink
    ) {
        self.document = document
        self.id = id
        self.severity = severity
        self.operationWalker = operations
        self.sink = sink
    }

    /// The printable range of a span.
    public func range(_ span: SourceSpan) -> SourceRange { document.files.sources.range(of: span) }

    /// Reports a finding at `span`, with optional notes (message and span) and operation.
    public func report(
        _ message: String, at span: SourceSpan?, notes: [(String, SourceSpan?)] = [],
        operation: Diagnostic.Operation? = nil
    ) {
        sink.emit(
            Diagnostic(
                severity, id, message, at: span.map(range),
                notes: notes.map { Diagnostic.Note($0.0, at: $0.1.map(range)) }, operation: operation))
    }
}
