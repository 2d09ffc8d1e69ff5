import SpecNormalizer
import SpeccAPI

extension ScanPayload {
    /// The payload as the generated client's request body. Field for field, so it encodes to the JSON
    /// `specc normalize` prints: absent `operationId`, `summary`, `method` and `path` are sent as `null` (the
    /// server requires those keys), absent `spec.version` and `spec.title` are left out.
    public var ingestionRequest: Schemas.ScanIngestionRequest {
        Schemas.ScanIngestionRequest(
            service: Schemas.ScanServiceReference(name: service.name),
            spec: Schemas.ScanSpec(
                hash: spec.hash, format: Schemas.ScanSpec.Format(rawValue: spec.format), version: spec.version,
                title: spec.title),
            endpoints: endpoints.map { endpoint in
                Schemas.NormalizedEndpoint(
                    method: Schemas.HttpMethod(rawValue: endpoint.method), path: endpoint.path,
                    operationId: endpoint.operationId, tags: endpoint.tags, summary: endpoint.summary)
            },
            findings: findings.map { finding in
                Schemas.NormalizedFinding(
                    code: finding.code, severity: Schemas.FindingSeverity(rawValue: finding.severity.rawValue),
                    message: finding.message,
                    method: finding.method.map { Schemas.NormalizedFinding.Method(rawValue: $0) },
                    path: finding.path)
            })
    }
}
