import SpecDiagnostics
import SpecNormalizer

/// Compares the schema of one place (a parameter, a body, a named schema) in the base with the revision's, in
/// one direction, and lists what changed.
///
/// When both sides use a named schema the comparison stops there and records the pair in `reached`: each pair
/// is compared once (see `SchemaPairs`), which keeps shared schemas from being reported per operation and ends
/// recursion through `$ref` cycles. Inline schemas are compared in place; `depth` bounds that walk.
struct SchemaComparison {
    /// How deep inline schemas are followed.
    static let maximumDepth = 64

    let base: SchemaIndex
    let revision: SchemaIndex
    let direction: Direction
    /// How messages name the top of the comparison: `schema 'User' in responses`, `query parameter 'limit'`.
    let root: String
    /// What changed.
    private(set) var findings: [Finding] = []
    /// Named pairs met, each with the path that reached it.
    private(set) var reached: [(SchemaPair, DiffPath)] = []

    init(base: SchemaIndex, revision: SchemaIndex, direction: Direction, root: String) {
        self.base = base
        self.revision = revision
        self.direction = direction
        self.root = root
    }

    /// Compares two uses at `path`; `name` is the dotted property path below `root` (empty at the top).
    mutating func compare(
        _ baseUse: SchemaUse?, _ revisionUse: SchemaUse?, at path: DiffPath, name: String, depth: Int = 0
    ) {
        let baseUse = baseUse.map(base.canonical)
        let revisionUse = revisionUse.map(revision.canonical)
        if case .named(let baseName)? = baseUse, case .named(let revisionName)? = revisionUse {
            reached.append((SchemaPair(base: baseName, revision: revisionName, direction: direction), path))
            return
        }
        guard depth < Self.maximumDepth else { return }
        compare(views: base.view(baseUse), revision.view(revisionUse), at: path, name: name, depth: depth + 1)
    }

    /// Compares the two schemas of a named pair, as the top of the comparison.
    mutating func compare(pair: SchemaPair, at path: DiffPath) {
        compare(views: base.view(.named(pair.base)), revision.view(.named(pair.revision)), at: path, name: "", depth: 0)
    }

    private mutating func compare(views old: SchemaView, _ new: SchemaView, at path: DiffPath, name: String, depth: Int)
    {
        guard compareTypes(old, new, at: path, name: name) else { return }
        compareNullable(old, new, at: path, name: name)
        compareFormat(old, new, at: path, name: name)
        compareEnums(old, new, at: path, name: name)
        compareBounds(old, new, at: path, name: name)
        comparePatterns(old, new, at: path, name: name)
        compareProperties(old, new, at: path, name: name, depth: depth)
        compareItems(old, new, at: path, name: name, depth: depth)
        compareVariants(old.oneOf, new.oneOf, .oneOf, at: path, name: name, depth: depth)
        compareVariants(old.anyOf, new.anyOf, .anyOf, at: path, name: name, depth: depth)
    }

    // MARK: - Reporting

    /// `root`, or `'name' in root` below it.
    func subject(_ name: String) -> String { name.isEmpty ? root : "'\(name)' in \(root)" }

    /// Records a finding at the usual level of `kind` in this direction.
    mutating func report(_ kind: ChangeKind, _ message: String, at path: DiffPath, side: Side = .revision) {
        report(kind, kind.level(direction), message, at: path, side: side)
    }

    /// Records a finding at `level`.
    mutating func report(
        _ kind: ChangeKind, _ level: Severity, _ message: String, at path: DiffPath, side: Side = .revision
    ) {
        findings.append(Finding(kind: kind, level: level, message: message, path: path, side: side))
    }

    // MARK: - Type, null and format

    /// Reports a type change; returns false when the types share nothing, so the rest would only be noise.
    private mutating func compareTypes(_ old: SchemaView, _ new: SchemaView, at path: DiffPath, name: String) -> Bool {
        guard Set(old.types) != Set(new.types) else { return true }
        // Widening what a server accepts, or narrowing what it returns, keeps every existing client working.
        let safe = direction == .request ? new.acceptsEveryType(of: old) : old.acceptsEveryType(of: new)
        report(
            .typeChanged, safe ? .info : ChangeKind.typeChanged.level(direction),
            "type of \(subject(name)) changed from \(ValueText.types(old.types)) to \(ValueText.types(new.types))",
            at: path.appending(.keyword("type")))
        if old.types.isEmpty || new.types.isEmpty { return true }
        return old.types.contains { new.accepts(type: $0) } || new.types.contains { old.accepts(type: $0) }
    }

    private mutating func compareNullable(_ old: SchemaView, _ new: SchemaView, at path: DiffPath, name: String) {
        guard old.nullable != new.nullable else { return }
        if new.nullable {
            report(.becameNullable, "\(subject(name)) may now be null", at: path)
        } else {
            report(.becameNonNullable, "\(subject(name)) may no longer be null", at: path)
        }
    }

    private mutating func compareFormat(_ old: SchemaView, _ new: SchemaView, at path: DiffPath, name: String) {
        guard old.format != new.format else { return }
        let level: Severity =
            switch (old.format, new.format, direction) {
            case (nil, _, .request): .error
            case (nil, _, .response): .info
            case (_, nil, .request): .info
            case (_, nil, .response): .warning
            default: .error
            }
        let (before, after) = (ValueText.optional(old.format), ValueText.optional(new.format))
        report(
            .formatChanged, level, "format of \(subject(name)) changed from \(before) to \(after)",
            at: path.appending(.keyword("format")), side: new.format == nil ? .base : .revision)
    }
}
