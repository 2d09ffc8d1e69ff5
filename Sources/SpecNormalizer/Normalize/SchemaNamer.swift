import SpecDiagnostics
import SpecModel

/// Gives every schema the API refers to a unique `SchemaName`.
///
/// - A root component keeps its name.
/// - A root component that is only a `$ref` lends its name to the schema it refers to, when that schema is
///   not itself a root component (so `Pet: {$ref: './pet.yaml'}` makes `pet.yaml` the schema `Pet`). When
///   several components refer to one schema, the first name in UTF-8 order wins; the others become
///   aliases (a schema whose `reference` is that name).
/// - Any other schema a reference reaches (in another file, or elsewhere in the root file) is named by
///   `ReferenceNaming`: the last pointer token or the file name, with `_2`, `_3` for collisions in sorted
///   order of location. Root component names are never reused.
struct SchemaNamer {
    /// Names of schema targets (the end of every reference chain).
    private(set) var names: [RefTarget: SchemaName] = [:]
    /// Root component names.
    private(set) var componentNames: Set<String> = []
    /// Components that are only a reference: name → the referenced target (nil when unresolved).
    private(set) var componentReferences: [String: RefTarget?] = [:]
    /// Targets that took the name of the component referring to them.
    private(set) var claimed: [RefTarget: String] = [:]

    init(document: RawDocument) {
        let files = document.files
        let components = SchemaNamer.firstByName(document.openAPI.components?.schemas ?? [])
        componentNames = Set(components.map(\.name))
        var componentTargets: Set<RefTarget> = []
        for component in components {
            let target = RefTarget(
                file: files.rootFile, pointer: JSONPointer(tokens: ["components", "schemas", component.name]))
            componentTargets.insert(target)
            switch component.value {
            case .value: names[target] = SchemaName(rawValue: component.name)
            case .reference(let reference): componentReferences[component.name] = reference.target
            }
        }
        for name in componentReferences.keys.sorted(by: String.precedesInUTF8) {
            guard let target = componentReferences[name] ?? nil, !componentTargets.contains(target),
                claimed[target] == nil
            else { continue }
            claimed[target] = name
            names[target] = SchemaName(rawValue: name)
        }
        var locations: [NamedLocation: RefTarget] = [:]
        for target in document.store.schemas.keys where names[target] == nil && !componentTargets.contains(target) {
            locations[NamedLocation(path: files.file(target.file).path, pointer: target.pointer)] = target
        }
        for (location, name) in ReferenceNaming.assign(Array(locations.keys), taken: componentNames) {
            names[locations[location]!] = SchemaName(rawValue: name)
        }
    }

    /// The name of a target.
    func name(of target: RefTarget) -> SchemaName? { names[target] }

    /// Entries with repeated names dropped (the first wins, as lookups do).
    static func firstByName<T>(_ entries: [Named<T>]) -> [Named<T>] {
        var seen: Set<String> = []
        return entries.filter { seen.insert($0.name).inserted }
    }
}
