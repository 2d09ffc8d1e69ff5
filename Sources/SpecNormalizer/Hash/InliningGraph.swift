import SpecModel

/// The graph "inlining target A writes target B in place", explored lazily from the root, and the targets
/// that lie on a cycle of it (which therefore cannot be inlined).
struct InliningGraph {
    private let plan: ReferencePlan
    private var edges: [RefTarget: [RefTarget]] = [:]

    init(plan: ReferencePlan) {
        self.plan = plan
    }

    /// The targets a subtree inlines directly.
    mutating func targets(in node: Node) -> [RefTarget] {
        plan.inlinedTargets(in: node)
    }

    private mutating func successors(of target: RefTarget) -> [RefTarget] {
        if let known = edges[target] { return known }
        let found = plan.files.node(at: target).map { plan.inlinedTargets(in: $0) } ?? []
        edges[target] = found
        return found
    }

    /// Every target reachable from `starts` that lies on a cycle: members of strongly connected components
    /// with more than one target, and targets that inline themselves. Tarjan's algorithm, iterative so a long
    /// chain of files cannot exhaust the stack.
    mutating func recursiveTargets(from starts: [RefTarget]) -> Set<RefTarget> {
        var index: [RefTarget: Int] = [:]
        var lowLink: [RefTarget: Int] = [:]
        var onStack: Set<RefTarget> = []
        var stack: [RefTarget] = []
        var recursive: Set<RefTarget> = []
        var counter = 0

        for start in starts where index[start] == nil {
            // Each frame: a target and the position of the next successor to visit.
            var frames: [(target: RefTarget, next: Int)] = [(start, 0)]
            index[start] = counter
            lowLink[start] = counter
            counter += 1
            stack.append(start)
            onStack.insert(start)
            while !frames.isEmpty {
                let (target, next) = frames[frames.count - 1]
                let successors = successors(of: target)
                if next < successors.count {
                    frames[frames.count - 1].next += 1
                    let successor = successors[next]
                    if successor == target { recursive.insert(target) }
                    if index[successor] == nil {
                        index[successor] = counter
                        lowLink[successor] = counter
                        counter += 1
                        stack.append(successor)
                        onStack.insert(successor)
                        frames.append((successor, 0))
                    } else if onStack.contains(successor) {
                        lowLink[target] = min(lowLink[target]!, index[successor]!)
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.target {
                    lowLink[parent] = min(lowLink[parent]!, lowLink[target]!)
                }
                guard lowLink[target] == index[target] else { continue }
                var component: [RefTarget] = []
                while let member = stack.popLast() {
                    onStack.remove(member)
                    component.append(member)
                    if member == target { break }
                }
                if component.count > 1 { recursive.formUnion(component) }
            }
        }
        return recursive
    }
}
