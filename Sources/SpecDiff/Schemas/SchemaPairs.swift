/// Every named schema pair the operations reach, each compared once, with which pairs it reaches in turn.
///
/// Pairs are compared from a work list rather than by recursion, so `$ref` cycles and deep chains of named
/// schemas cost nothing special. Each pair remembers the first path that reached it (its witness), which is
/// how its findings are located in the documents.
struct SchemaPairs {
    let base: SchemaIndex
    let revision: SchemaIndex
    private(set) var findings: [SchemaPair: [Finding]] = [:]
    private(set) var children: [SchemaPair: [SchemaPair]] = [:]
    private(set) var witness: [SchemaPair: DiffPath] = [:]
    private var pending: [SchemaPair] = []

    init(base: SchemaIndex, revision: SchemaIndex) {
        self.base = base
        self.revision = revision
    }

    /// Notes that `path` reaches `pair`; the first path to reach a pair is its witness.
    mutating func reach(_ pair: SchemaPair, from path: DiffPath) {
        guard witness[pair] == nil else { return }
        witness[pair] = path
        pending.append(pair)
    }

    /// Compares every pair reached, and every pair those reach.
    mutating func compareAll() {
        while let pair = pending.popLast() {
            var comparison = SchemaComparison(
                base: base, revision: revision, direction: pair.direction,
                root: "schema '\(pair.revision)' in \(pair.direction.plural)")
            comparison.compare(pair: pair, at: DiffPath(root: .schema(pair)))
            findings[pair] = comparison.findings
            var seen: Set<SchemaPair> = []
            children[pair] = comparison.reached.map(\.0).filter { seen.insert($0).inserted }
            for (child, path) in comparison.reached { reach(child, from: path) }
        }
    }

    /// The pairs with findings that `roots` reach, directly or through other pairs.
    func pairsWithFindings(reachedFrom roots: [SchemaPair], relevant: Set<SchemaPair>) -> [SchemaPair] {
        var visited: Set<SchemaPair> = []
        var stack = roots.filter { relevant.contains($0) }
        var result: [SchemaPair] = []
        while let pair = stack.popLast() {
            guard visited.insert(pair).inserted else { continue }
            if !(findings[pair] ?? []).isEmpty { result.append(pair) }
            for child in children[pair] ?? [] where relevant.contains(child) && !visited.contains(child) {
                stack.append(child)
            }
        }
        return result
    }

    /// The pairs from which some finding can be reached: walking only these keeps the per-operation walk short
    /// when most shared schemas did not change.
    func relevantPairs() -> Set<SchemaPair> {
        var parents: [SchemaPair: [SchemaPair]] = [:]
        for (pair, list) in children {
            for child in list { parents[child, default: []].append(pair) }
        }
        var relevant: Set<SchemaPair> = []
        var stack = findings.filter { !$0.value.isEmpty }.map(\.key)
        while let pair = stack.popLast() {
            guard relevant.insert(pair).inserted else { continue }
            stack += parents[pair] ?? []
        }
        return relevant
    }

    /// A path rooted at an operation or the document: a path rooted at a pair is put after the pair's witness.
    func expand(_ path: DiffPath) -> DiffPath {
        var current = path
        // Witnesses were recorded in discovery order, so this chain ends; the bound is only a safeguard.
        for _ in 0..<10_000 {
            guard case .schema(let pair) = current.root, let reached = witness[pair] else { return current }
            current = reached.appending(contentsOf: current.steps)
        }
        return current
    }
}
