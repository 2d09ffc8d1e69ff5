import SpecDiagnostics

/// Why a payload cannot be built at all.
public enum ScanPayloadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The service name is empty; the server wants 1 to 120 characters.
    case emptyServiceName
    /// The hash is not 64 hexadecimal digits.
    case invalidHash(String)

    public var description: String {
        switch self {
        case .emptyServiceName: "the service name is empty; expected 1 to \(ScanLimits.serviceName) characters"
        case .invalidHash(let hash): "'\(hash)' is not a hash; expected 64 hexadecimal digits"
        }
    }
}

extension ScanPayload {
    /// A payload and what had to be cut to build it.
    public struct Built: Sendable, Hashable {
        /// The payload, within every limit.
        public var payload: ScanPayload
        /// What was cut, in payload order (service, spec, endpoints, findings); empty when nothing was.
        public var truncations: [ScanTruncation]
    }

    /// Builds the payload for `api`, cutting whatever exceeds the server's limits (`ScanLimits`) rather than
    /// sending something it refuses: strings end in `…` within their limit, lists keep their first items
    /// (endpoints sorted by path then method; findings with errors first, then warnings, then infos, each
    /// group in the order given). Operations with a method the server does not know (`QUERY`) are left out,
    /// and so are webhooks. Throws only for an empty service name or a malformed hash.
    public static func make(
        api: API, findings diagnostics: [Diagnostic], serviceName: String, hash: String
    ) throws(ScanPayloadError) -> Built {
        guard !serviceName.isEmpty else { throw .emptyServiceName }
        guard hash.utf8.count == ScanLimits.hash, hash.utf8.allSatisfy({ $0.isHexDigit }) else {
            throw .invalidHash(hash)
        }
        var cuts: [ScanTruncation] = []
        func fit(_ text: String, _ limit: Int, _ field: @autoclosure () -> String) -> String {
            guard let cut = ScanLimits.truncated(text, limit: limit) else { return text }
            cuts.append(ScanTruncation(field: field(), kind: .shortened(length: text.utf16.count, limit: limit)))
            return cut
        }
        func fitList<T>(_ items: [T], _ limit: Int, _ field: String) -> [T] {
            guard items.count > limit else { return items }
            cuts.append(ScanTruncation(field: field, kind: .itemsDropped(count: items.count, limit: limit)))
            return Array(items.prefix(limit))
        }

        let service = Service(name: fit(serviceName, ScanLimits.serviceName, "service.name"))
        let spec = Spec(
            hash: hash.lowercased(),
            version: api.openapiVersion.isEmpty ? nil : fit(api.openapiVersion, ScanLimits.version, "spec.version"),
            title: api.title.isEmpty ? nil : fit(api.title, ScanLimits.title, "spec.title"))

        var operations: [NormalizedOperation] = []
        for operation in api.operations {
            if ScanLimits.methods.contains(operation.method.uppercased) {
                operations.append(operation)
            } else {
                let field = "endpoints[\(operation.method.uppercased) \(operation.path)]"
                cuts.append(ScanTruncation(field: field, kind: .unsupportedMethod))
            }
        }
        let endpoints = fitList(operations, ScanLimits.endpoints, "endpoints").map { operation in
            let name = "endpoints[\(operation.method.uppercased) \(operation.path)]"
            return Endpoint(
                method: operation.method.uppercased,
                path: fit(operation.path, ScanLimits.path, name + ".path"),
                operationId: operation.operationId.map { fit($0, ScanLimits.operationId, name + ".operationId") },
                tags: fitList(operation.tags, ScanLimits.tags, name + ".tags").enumerated().map { index, tag in
                    fit(tag, ScanLimits.tag, name + ".tags[\(index)]")
                },
                summary: operation.summary.map { fit($0, ScanLimits.summary, name + ".summary") })
        }

        let ordered = diagnostics.enumerated().sorted { left, right in
            if left.element.severity != right.element.severity { return left.element.severity < right.element.severity }
            return left.offset < right.offset
        }.map(\.element)
        let findings = fitList(ordered, ScanLimits.findings, "findings").enumerated().map { index, diagnostic in
            let name = "findings[\(index)]"
            let method = diagnostic.operation.map(\.method).flatMap { ScanLimits.methods.contains($0) ? $0 : nil }
            return Finding(
                code: fit(diagnostic.id.rawValue, ScanLimits.code, name + ".code"),
                severity: ScanSeverity(diagnostic.severity),
                message: fit(diagnostic.message, ScanLimits.message, name + ".message"),
                method: method,
                path: diagnostic.operation.map { fit($0.path, ScanLimits.path, name + ".path") })
        }
        let payload = ScanPayload(service: service, spec: spec, endpoints: endpoints, findings: findings)
        return Built(payload: payload, truncations: cuts)
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}
