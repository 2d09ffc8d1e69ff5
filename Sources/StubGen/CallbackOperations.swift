import SpecNormalizer

/// Turns the callbacks operations declare into operations a receiver can serve.
///
/// A callback's key is a runtime expression (`{$request.body#/callbackUrl}`): the URL is whatever the
/// subscriber sent, so there is no path to route on. Each callback operation is therefore registered at
/// `/callbacks/<operation id>/<callback name>` (plus `/{name}` for each path parameter it declares), under
/// the `serverURL` given to `registerCallbackHandlers`; a subscriber points the URL it sends at that path.
/// Characters outside `A-Z a-z 0-9 . _ ~ -` become `-`, so the path never holds a template brace.
enum CallbackOperations {
    /// Receiver operations for every callback of `operations`, nested callbacks included, in document order.
    static func flatten(_ operations: [NormalizedOperation]) -> [NormalizedOperation] {
        var result: [NormalizedOperation] = []
        for owner in operations {
            let ownerId = owner.operationId ?? OperationBuilder.synthesizedId(owner)
            for callback in owner.callbacks {
                let several = callback.operations.count > 1
                var received: [NormalizedOperation] = []
                for operation in callback.operations {
                    var receiver = operation
                    let expression = operation.path
                    let pathParameters = operation.parameters.filter { $0.location == "path" }.map { "/{\($0.name)}" }
                    receiver.path = "/callbacks/\(segment(ownerId))/\(segment(callback.name))" + pathParameters.joined()
                    if receiver.operationId == nil {
                        receiver.operationId = ownerId + " " + callback.name + (several ? " " + operation.method.rawValue : "")
                    }
                    if receiver.tags.isEmpty { receiver.tags = owner.tags }
                    let origin = "Sent by the API to `\(expression)` (callback `\(callback.name)` of `\(ownerId)`)."
                    receiver.description = [receiver.description, origin].compactMap { $0 }.joined(separator: "\n\n")
                    received.append(receiver)
                }
                result += received
                result += flatten(received)
            }
        }
        return result
    }

    /// One path segment from any string.
    static func segment(_ text: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-".unicodeScalars)
        let mapped = String(String.UnicodeScalarView(text.unicodeScalars.map { allowed.contains($0) ? $0 : "-" }))
        return mapped.isEmpty ? "-" : mapped
    }
}
