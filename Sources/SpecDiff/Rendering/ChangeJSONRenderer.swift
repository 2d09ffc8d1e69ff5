import Foundation
import SpecDiagnostics

/// Renders changes as one JSON document for scripts, in the style of `validate --format json`:
///
/// ```
/// {"changes":[{"affected":[],"column":9,"endColumn":14,"endLine":12,"file":"spec/openapi.yaml",
///   "id":"parameter-became-required","level":"error","line":12,"message":"query parameter 'limit' became required",
///   "method":"GET","path":"/pets"}],
///  "summary":{"errors":1,"infos":0,"warnings":0}}
/// ```
///
/// (shown wrapped; the output is one compact line with sorted keys). Every change has every key: location keys
/// are null without a location, `method` and `path` are null unless exactly one operation is concerned, and
/// `affected` lists `{"method","path"}` for a shared change (empty otherwise). Changes keep the order given.
public struct ChangeJSONRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The JSON document, ending in a newline.
    public func render(_ changes: [Change]) -> String {
        let document: [String: Any] = [
            "changes": changes.map(Self.object),
            "summary": [
                "errors": changes.count(of: .error), "warnings": changes.count(of: .warning),
                "infos": changes.count(of: .info),
            ],
        ]
        do {
            let data = try JSONSerialization.data(
                withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            preconditionFailure("unserializable JSON object: \(error)")
        }
    }

    private static func object(_ change: Change) -> [String: Any] {
        let range = change.location
        return [
            "id": change.id.rawValue,
            "level": change.level.rawValue,
            "message": change.message,
            "method": orNull(change.operation?.method),
            "path": orNull(change.operation?.path),
            "affected": change.affected.map { ["method": $0.method, "path": $0.path] },
            "file": orNull(range?.file),
            "line": orNull(range?.start.line),
            "column": orNull(range?.start.column),
            "endLine": orNull(range?.end.line),
            "endColumn": orNull(range?.end.column),
        ]
    }

    private static func orNull(_ value: Any?) -> Any { value ?? NSNull() }
}
