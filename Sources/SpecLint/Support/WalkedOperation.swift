import SpecDiagnostics
import SpecModel

/// Where a path item was found: under `paths`, under `webhooks`, or inside an operation's callback.
enum PathItemOrigin: Sendable, Equatable {
    /// A `paths` entry; the key is a path template.
    case path
    /// A `webhooks` entry (3.1); the key is the webhook name.
    case webhook
    /// A callback entry; the key is the runtime expression.
    case callback
}

/// A path item reached by `OperationWalker`, with the key it was written under.
struct WalkedPathItem: Sendable {
    /// Where it was found.
    let origin: PathItemOrigin
    /// The template, webhook name or callback expression as written.
    let key: String
    /// Where that key was written.
    let keySpan: SourceSpan
    /// The path item, after following a `$ref` when the store holds its target.
    let item: PathItem
}

/// An operation reached by `OperationWalker`, with its method and the path item around it.
struct WalkedOperation: Sendable {
    /// The path item holding the operation.
    let pathItem: WalkedPathItem
    /// The method key.
    let method: HTTPMethod
    /// Where the method key was written.
    let methodSpan: SourceSpan
    /// The operation.
    let operation: Operation

    /// The template, webhook name or callback expression the operation lives under.
    var key: String { pathItem.key }

    /// The operation reference findings carry.
    var reference: Diagnostic.Operation { Diagnostic.Operation(method: method.uppercased, path: key) }

    /// How messages and notes name the operation: `GET /pets`, `POST webhook 'newPet'`.
    var title: String {
        switch pathItem.origin {
        case .path: "\(method.uppercased) \(key)"
        case .webhook: "\(method.uppercased) webhook '\(key)'"
        case .callback: "\(method.uppercased) callback '\(key)'"
        }
    }
}

/// A parameter as listed by a path item or an operation, resolved when its `$ref` could be followed.
struct ListedParameter: Sendable {
    /// Which list it came from.
    enum Level: Sendable, Equatable {
        /// The path item's `parameters`.
        case pathItem
        /// The operation's `parameters`.
        case operation
    }

    /// The entry as written.
    let slot: Referenceable<Parameter>
    /// The parameter it names; nil when the `$ref` did not resolve (the loader has reported why).
    let parameter: Parameter?
    /// The list it came from.
    let level: Level

    /// Where a finding about this entry goes: the `$ref` when there is one (the place the list names it),
    /// otherwise the parameter's `name` value, otherwise the parameter itself.
    var span: SourceSpan? {
        if let reference = slot.reference { return reference.span }
        return parameter?.name?.span ?? parameter?.node.span
    }

    /// The parameter's name, when it has one.
    var name: String? { parameter?.name?.value }

    /// The parameter's location, when it has a known one.
    var location: ParameterLocation? { parameter?.location?.value }

    /// The identity the specification uses for overriding and uniqueness: name and location, header names
    /// compared without case (HTTP header names are case-insensitive).
    var identity: ParameterIdentity? {
        guard let name, let location else { return nil }
        return ParameterIdentity(name: location == .header ? name.lowercased() : name, location: location)
    }
}

/// A parameter's name and location, the pair that must be unique within one list.
struct ParameterIdentity: Hashable, Sendable {
    /// The name, lower-cased for headers.
    let name: String
    /// The location.
    let location: ParameterLocation
}
