import SpecDiagnostics
import SpecModel
import SpecNormalizer

/// Turns findings into changes: looks up their locations and attaches the operations they concern.
struct ChangeAssembly {
    let base: DiffInput
    let revision: DiffInput
    private let baseLocator: SourceLocator?
    private let revisionLocator: SourceLocator?
    private var collected: [Change] = []

    init(base: DiffInput, revision: DiffInput) {
        self.base = base
        self.revision = revision
        self.baseLocator = base.document.map(SourceLocator.init)
        self.revisionLocator = revision.document.map(SourceLocator.init)
    }

    /// The operation of a match as changes name it: the revision's, or the base's for a removed one.
    static func operation(_ match: OperationMatch) -> Diagnostic.Operation {
        let operation = (match.revision ?? match.base)!
        return Diagnostic.Operation(method: operation.method.uppercased, path: operation.path)
    }

    /// Adds findings of one operation (nil for the document as a whole).
    mutating func add(_ findings: [Finding], operation: Diagnostic.Operation?) {
        for finding in findings {
            collected.append(
                Change(
                    id: finding.kind.id, level: finding.level, message: finding.message, operation: operation,
                    location: location(of: finding.path, side: finding.side)))
        }
    }

    /// Adds a finding of a shared schema, reached by `operations`; `expanded` is its path from an operation.
    mutating func add(shared finding: Finding, expanded: DiffPath, operations: [Diagnostic.Operation]) {
        let sorted = operations.sorted(by: OperationOrder.precedes)
        collected.append(
            Change(
                id: finding.kind.id, level: finding.level, message: finding.message,
                operation: sorted.count == 1 ? sorted[0] : nil, location: location(of: expanded, side: finding.side),
                affected: sorted.count == 1 ? [] : sorted))
    }

    /// The changes, with the same change found in several operations at the same place (a shared parameter
    /// or response component) merged into one that lists them.
    var changes: [Change] {
        struct Key: Hashable {
            var id: DiagnosticID
            var level: Severity
            var message: String
            var location: SourceRange
        }
        var merged: [Change] = []
        var index: [Key: Int] = [:]
        for change in collected {
            guard let location = change.location, !change.operations.isEmpty else {
                merged.append(change)
                continue
            }
            let key = Key(id: change.id, level: change.level, message: change.message, location: location)
            guard let at = index[key] else {
                index[key] = merged.count
                merged.append(change)
                continue
            }
            var operations = Set(merged[at].operations).union(change.operations).sorted(by: OperationOrder.precedes)
            if operations.count == 1 { operations = [] }
            merged[at].operation = operations.isEmpty ? merged[at].operation : nil
            merged[at].affected = operations
        }
        return merged
    }

    private func location(of path: DiffPath, side: Side) -> SourceRange? {
        let (input, locator) = side == .base ? (base, baseLocator) : (revision, revisionLocator)
        guard let locator, let document = input.document else { return nil }
        let operation: OperationRef?
        switch path.root {
        case .document: operation = nil
        case .operation(let old, let new): operation = side == .base ? old : new
        case .schema: return nil
        }
        if case .operation = path.root, operation == nil { return nil }
        guard let span = locator.span(operation: operation, steps: path.steps, side: side) else { return nil }
        var range = document.files.sources.range(of: span)
        range.file = input.pathPrefix + range.file
        return range
    }
}
