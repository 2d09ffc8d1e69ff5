import SpecDiagnostics
import SpecNormalizer

/// Compares one operation of the base with the same operation in the revision: its id, parameters, bodies,
/// responses and security. Named schemas met on the way are recorded in `reached` for `SchemaPairs`.
struct OperationComparison {
    let base: SchemaIndex
    let revision: SchemaIndex
    /// The operation, as the root of every finding's path.
    let path: DiffPath
    /// For webhooks the API sends the request and receives the response, so schema directions swap.
    let isWebhook: Bool
    private(set) var findings: [Finding] = []
    private(set) var reached: [(SchemaPair, DiffPath)] = []

    init(base: SchemaIndex, revision: SchemaIndex, path: DiffPath, isWebhook: Bool) {
        self.base = base
        self.revision = revision
        self.path = path
        self.isWebhook = isWebhook
    }

    mutating func compare(_ old: NormalizedOperation, _ new: NormalizedOperation) {
        if let before = old.operationId, before != new.operationId {
            let message =
                new.operationId.map { "operationId changed from '\(before)' to '\($0)'" }
                ?? "operationId '\(before)' removed"
            report(.operationIDChanged, message, at: path.appending(.operationKey("operationId")))
        }
        if !old.deprecated, new.deprecated {
            report(.operationDeprecated, "operation deprecated", at: path.appending(.operationKey("deprecated")))
        }
        compareParameters(old, new)
        compareRequestBodies(old.requestBody, new.requestBody)
        compareResponses(old.responses, new.responses)
        compareSecurity(old.security, new.security)
    }

    /// Records a finding at the usual level of `kind`.
    mutating func report(_ kind: ChangeKind, _ message: String, at path: DiffPath, side: Side = .revision) {
        report(kind, kind.level(.request), message, at: path, side: side)
    }

    /// Records a finding at `level`.
    mutating func report(
        _ kind: ChangeKind, _ level: Severity, _ message: String, at path: DiffPath, side: Side = .revision
    ) {
        findings.append(Finding(kind: kind, level: level, message: message, path: path, side: side))
    }

    /// Compares two schemas read in `direction` (swapped for webhooks); `root` names the place in messages.
    mutating func compareSchemas(
        _ old: SchemaUse?, _ new: SchemaUse?, _ direction: Direction, root: String, at path: DiffPath
    ) {
        var comparison = SchemaComparison(
            base: base, revision: revision, direction: isWebhook ? direction.reversed : direction, root: root)
        comparison.compare(old, new, at: path, name: "")
        findings += comparison.findings
        reached += comparison.reached
    }

    /// Compares the media types of a body; `owner` names it (`request body`, `response 200`).
    mutating func compareContent(
        _ old: [NormalizedMediaType], _ new: [NormalizedMediaType], _ direction: Direction, owner: String,
        at path: DiffPath
    ) {
        let oldKeys = Set(old.map { $0.mediaType.lowercased() })
        var remaining: [String: NormalizedMediaType] = [:]
        for media in new where remaining[media.mediaType.lowercased()] == nil {
            remaining[media.mediaType.lowercased()] = media
        }
        let level = isWebhook ? direction.reversed : direction
        for before in old {
            let place = path.appending(.mediaType(before.mediaType))
            guard let after = remaining[before.mediaType.lowercased()] else {
                report(
                    .mediaTypeRemoved, ChangeKind.mediaTypeRemoved.level(level),
                    "media type '\(before.mediaType)' removed from \(owner)", at: place, side: .base)
                continue
            }
            compareSchemas(
                before.schema, after.schema, direction, root: "\(owner) '\(after.mediaType)'",
                at: place.appending(.schema))
        }
        for after in new where !oldKeys.contains(after.mediaType.lowercased()) {
            report(
                .mediaTypeAdded, ChangeKind.mediaTypeAdded.level(level),
                "media type '\(after.mediaType)' added to \(owner)", at: path.appending(.mediaType(after.mediaType)))
        }
    }
}
