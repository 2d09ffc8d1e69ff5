import SpecDiagnostics
import SpecModel
import SpecNormalizer

/// An operation as one document writes it: method, path template (or webhook name).
struct OperationRef: Hashable, Sendable {
    var method: HTTPMethod
    var path: String
    var isWebhook: Bool
}

/// A named schema compared with a named schema, in one direction. Each pair is compared once; operations that
/// reach it share its findings.
struct SchemaPair: Hashable, Sendable {
    var base: SchemaName
    var revision: SchemaName
    var direction: Direction
}

/// A parameter as each document names it (a path parameter may be renamed) and where it is sent.
struct ParameterKey: Hashable, Sendable {
    var baseName: String
    var revisionName: String
    var location: String

    func name(on side: Side) -> String { side == .base ? baseName : revisionName }
}

/// Which document a finding is located in.
enum Side: Hashable, Sendable {
    case base, revision
}

/// `oneOf` or `anyOf`.
enum Composition: String, Hashable, Sendable {
    case oneOf, anyOf
}

/// Where a finding is: steps from an operation, the document or a named schema down to the spot. Steps name
/// what both documents share, so one path locates the spot in either (see `SourceLocator`).
struct DiffPath: Hashable, Sendable {
    enum Root: Hashable, Sendable {
        /// The document as a whole (servers).
        case document
        /// An operation, as the base and the revision write it (nil on the side where it does not exist).
        case operation(base: OperationRef?, revision: OperationRef?)
        /// A named schema pair; located through the path by which an operation first reached it.
        case schema(SchemaPair)
    }

    enum Step: Hashable, Sendable {
        /// A server of the document, by URL.
        case server(String)
        /// A key of the operation object (`operationId`, `security`).
        case operationKey(String)
        case parameter(ParameterKey)
        case requestBody
        case response(String)
        case header(String)
        case mediaType(String)
        /// The schema of the parameter, header or media type reached so far.
        case schema
        case property(String)
        case items
        case additionalProperties
        case variant(Composition, Int)
        /// A keyword of the schema reached so far (`maxLength`, `enum`).
        case keyword(String)
    }

    var root: Root
    var steps: [Step] = []

    /// This path with one more step.
    func appending(_ step: Step) -> DiffPath {
        var path = self
        path.steps.append(step)
        return path
    }

    /// This path followed by `other`'s steps.
    func appending(contentsOf other: [Step]) -> DiffPath {
        var path = self
        path.steps += other
        return path
    }
}

/// A change as the comparison finds it, before its location is looked up and shared findings are grouped.
struct Finding: Sendable {
    var kind: ChangeKind
    var level: Severity
    var message: String
    var path: DiffPath
    var side: Side
}
