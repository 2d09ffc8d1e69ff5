import Foundation
import SpeccAPI

extension APIHandlers {
    public func ingestScan(_ input: Operations.IngestScan.Input) async throws -> Operations.IngestScan.Output {
        let caller = try RequestScope.requireCaller()
        guard case .json(let request) = input.body else { throw APIFailure.invalid("unsupported body", path: "", problem: "must be JSON") }
        try Self.checkEnums(request)
        let allowed = caller.services(for: "scans:write")
        let stored = try await store.ingest(
            org: caller.organizationId, createdBy: caller.principalType == "application" ? nil : caller.principalId,
            request: request
        ) { serviceId in
            // A key narrowed to some services may add runs to those, never create a service.
            guard let allowed else { return true }
            return serviceId.map(allowed.contains) ?? false
        }
        jobs.signal()
        let url = publicURL.string + "/api/scans/" + stored.runId
        return .created(
            .init(
                headers: .init(location: url),
                body: .json(
                    .init(
                        scanRunId: stored.runId, serviceId: stored.serviceId, jobId: stored.jobId,
                        endpointCount: request.endpoints.count, findingCount: request.findings.count, resultUrl: url))))
    }

    public func listScanRuns(_ input: Operations.ListScanRuns.Input) async throws -> Operations.ListScanRuns.Output {
        let caller = try RequestScope.requireCaller()
        let page = try await store.listScanRuns(
            org: caller.organizationId, only: caller.services(for: "scans:read"),
            page: try PageRequest(limit: input.query.limit, cursor: input.query.cursor), baseURL: publicURL.string)
        return .ok(.init(body: .json(.init(items: page.items, nextCursor: page.nextCursor))))
    }

    public func getScanRun(_ input: Operations.GetScanRun.Input) async throws -> Operations.GetScanRun.Output {
        let caller = try RequestScope.requireCaller()
        let run = try await store.scanRun(
            org: caller.organizationId, id: input.path.scanRunId, only: caller.services(for: "scans:read"), baseURL: publicURL.string)
        return .ok(.init(body: .json(run)))
    }

    public func listScanEndpoints(_ input: Operations.ListScanEndpoints.Input) async throws -> Operations.ListScanEndpoints.Output {
        let caller = try RequestScope.requireCaller()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor)
        let run = try await store.scanRun(
            org: caller.organizationId, id: input.path.scanRunId, only: caller.services(for: "scans:read"), baseURL: publicURL.string)
        let endpoints = try await store.listEndpoints(runId: run.id, page: page)
        return .ok(.init(body: .json(.init(items: endpoints.items, nextCursor: endpoints.nextCursor))))
    }

    public func listScanFindings(_ input: Operations.ListScanFindings.Input) async throws -> Operations.ListScanFindings.Output {
        let caller = try RequestScope.requireCaller()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor)
        let run = try await store.scanRun(
            org: caller.organizationId, id: input.path.scanRunId, only: caller.services(for: "scans:read"), baseURL: publicURL.string)
        let findings = try await store.listFindings(runId: run.id, page: page)
        return .ok(.init(body: .json(.init(items: findings.items, nextCursor: findings.nextCursor))))
    }

    public func listServices(_ input: Operations.ListServices.Input) async throws -> Operations.ListServices.Output {
        let caller = try RequestScope.requireCaller()
        let page = try await store.listServices(
            org: caller.organizationId, only: caller.services(for: "services:read"),
            page: try PageRequest(limit: input.query.limit, cursor: input.query.cursor))
        return .ok(.init(body: .json(.init(items: page.items, nextCursor: page.nextCursor))))
    }

    public func getService(_ input: Operations.GetService.Input) async throws -> Operations.GetService.Output {
        let caller = try RequestScope.requireCaller()
        if let only = caller.services(for: "services:read"), !only.contains(input.path.serviceId) {
            throw APIFailure.notFound("service")
        }
        return .ok(.init(body: .json(try await store.service(org: caller.organizationId, id: input.path.serviceId))))
    }

    /// The generated types keep unknown enum values (clients must not crash on new ones); a server must
    /// still refuse them in what it stores.
    static func checkEnums(_ request: Schemas.ScanIngestionRequest) throws {
        func refuse(_ path: String, _ value: String, _ expected: String) -> APIFailure {
            APIFailure.invalid("invalid request body", path: path, problem: "must be one of \(expected), not '\(value)'")
        }
        let methods = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, TRACE"
        if case .undocumented(let value) = request.spec.format { throw refuse("/spec/format", value, "openapi") }
        for (index, endpoint) in request.endpoints.enumerated() {
            if case .undocumented(let value) = endpoint.method { throw refuse("/endpoints/\(index)/method", value, methods) }
        }
        for (index, finding) in request.findings.enumerated() {
            if case .undocumented(let value) = finding.severity {
                throw refuse("/findings/\(index)/severity", value, "info, low, medium, high, critical")
            }
            if case .undocumented(let value)? = finding.method { throw refuse("/findings/\(index)/method", value, methods) }
        }
    }
}
