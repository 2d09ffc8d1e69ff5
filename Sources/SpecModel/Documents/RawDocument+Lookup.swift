extension RawDocument {
    /// The object a slot names, using `table` for the kind. A reference's target is already the end of any
    /// chain of references (the builder follows chains), so one lookup suffices. Nil when unresolved.
    public func resolve<T>(_ slot: Referenceable<T>, in table: KeyPath<ComponentStore, [RefTarget: T]>) -> T? {
        switch slot {
        case .value(let value): return value
        case .reference(let reference): return reference.target.flatMap { store[keyPath: table][$0] }
        }
    }

    /// The schema a slot names.
    public func schema(_ slot: Referenceable<Schema>) -> Schema? { resolve(slot, in: \.schemas) }
    /// The parameter a slot names.
    public func parameter(_ slot: Referenceable<Parameter>) -> Parameter? { resolve(slot, in: \.parameters) }
    /// The response a slot names.
    public func response(_ slot: Referenceable<Response>) -> Response? { resolve(slot, in: \.responses) }
    /// The request body a slot names.
    public func requestBody(_ slot: Referenceable<RequestBody>) -> RequestBody? {
        resolve(slot, in: \.requestBodies)
    }
    /// The header a slot names.
    public func header(_ slot: Referenceable<Header>) -> Header? { resolve(slot, in: \.headers) }
    /// The security scheme a slot names.
    public func securityScheme(_ slot: Referenceable<SecurityScheme>) -> SecurityScheme? {
        resolve(slot, in: \.securitySchemes)
    }

    /// The path item a slot names, following a `$ref` (a 3.1 path item may also be an object holding only
    /// `$ref`, which is followed when its target is in the store). Nil when a reference is unresolved.
    public func pathItem(_ slot: Referenceable<PathItem>) -> PathItem? {
        switch slot {
        case .reference(let reference):
            return reference.target.flatMap { store.pathItems[$0] }
        case .value(let item):
            if let target = item.reference?.target, item.operations.isEmpty, let resolved = store.pathItems[target] {
                return resolved
            }
            return item
        }
    }

    /// Every path item with its template, operations included, in document order. Path items that are
    /// `$ref`s are followed when their target is in the store.
    public var pathItems: [Named<PathItem>] {
        (openAPI.paths ?? []).map { entry in
            Named(name: entry.name, nameSpan: entry.nameSpan, value: pathItem(.value(entry.value)) ?? entry.value)
        }
    }
}
