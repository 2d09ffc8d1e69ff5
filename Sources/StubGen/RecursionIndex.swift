import SpecNormalizer

/// Which component schemas contain themselves by value, so a property must be boxed.
///
/// A Swift struct cannot hold itself (even optionally): its size would be infinite. An edge S → T means a
/// struct generated for S stores a T directly (a property, or a property of an inline object inside S, or
/// one merged from `allOf`), not inside an array, a dictionary or an `indirect` choice enum. A property of S
/// whose type is a T that reaches S back is stored through `SpeccBox`.
struct RecursionIndex: Sendable {
    private let reach: [SchemaName: Set<SchemaName>]

    init(schemas: [SchemaName: NormalizedSchema]) {
        var edges: [SchemaName: Set<SchemaName>] = [:]
        for (name, schema) in schemas {
            var targets = Set<SchemaName>()
            Self.directTargets(of: schema, schemas: schemas, into: &targets, depth: 0)
            edges[name] = targets
        }
        var reach: [SchemaName: Set<SchemaName>] = [:]
        for name in edges.keys {
            // Iterative search: components can chain thousands deep.
            var seen = Set<SchemaName>()
            var stack = Array(edges[name] ?? [])
            while let next = stack.popLast() {
                guard seen.insert(next).inserted else { continue }
                stack += edges[next] ?? []
            }
            reach[name] = seen
        }
        self.reach = reach
    }

    /// Whether a property of `owner`'s struct with `type` closes a cycle back to `owner`.
    func closesCycle(from owner: SchemaName, through type: SwiftType) -> Bool {
        guard let target = type.named else { return false }
        return target == owner || reach[target]?.contains(owner) == true
    }

    private static func directTargets(
        of schema: NormalizedSchema, schemas: [SchemaName: NormalizedSchema], into targets: inout Set<SchemaName>,
        depth: Int
    ) {
        guard depth < 16 else { return }
        for member in schema.allOf {
            switch member {
            case .named(let name):
                if let resolved = schemas[name] { directTargets(of: resolved, schemas: schemas, into: &targets, depth: depth + 1) }
            case .inline(let inline):
                directTargets(of: inline, schemas: schemas, into: &targets, depth: depth + 1)
            }
        }
        for property in schema.properties {
            switch property.schema {
            case .named(let name):
                targets.insert(name)
            case .inline(let inline):
                // `allOf: [$ref: T, {description: ...}]` and a 3.1 `$ref: T` with `nullable` beside it store a T
                // (SchemaKind's `.single`).
                let shaping = inline.allOf.filter { !$0.isAnnotationOnly } + (inline.reference.map { [.named($0)] } ?? [])
                if inline.properties.isEmpty, shaping.count == 1, case .named(let name) = shaping[0] {
                    targets.insert(name)
                } else if !inline.properties.isEmpty || !inline.allOf.isEmpty {
                    directTargets(of: inline, schemas: schemas, into: &targets, depth: depth + 1)
                }
            }
        }
    }
}
