import Foundation
import SpeccAPI

extension APIHandlers {
    public func listServiceAccounts(
        _ input: Operations.ListServiceAccounts.Input
    ) async throws -> Operations.ListServiceAccounts.Output {
        let caller = try RequestScope.requireCaller()
        let page = try await store.listServiceAccounts(
            org: caller.organizationId, page: try PageRequest(limit: input.query.limit, cursor: input.query.cursor))
        return .ok(.init(body: .json(.init(items: page.items, nextCursor: page.nextCursor))))
    }

    public func createServiceAccount(
        _ input: Operations.CreateServiceAccount.Input
    ) async throws -> Operations.CreateServiceAccount.Output {
        let caller = try RequestScope.requireCaller()
        guard case .json(let request) = input.body else { throw APIFailure.invalid("unsupported body", path: "", problem: "must be JSON") }
        let role = try Self.role(request.role)
        let account = try await store.createServiceAccount(
            org: caller.organizationId, name: request.name, description: request.description, role: role)
        return .created(
            .init(headers: .init(location: publicURL.string + "/api/service-accounts/" + account.id), body: .json(account)))
    }

    public func getServiceAccount(_ input: Operations.GetServiceAccount.Input) async throws -> Operations.GetServiceAccount.Output {
        let caller = try RequestScope.requireCaller()
        return .ok(.init(body: .json(try await store.serviceAccount(org: caller.organizationId, id: input.path.serviceAccountId))))
    }

    public func updateServiceAccount(
        _ input: Operations.UpdateServiceAccount.Input
    ) async throws -> Operations.UpdateServiceAccount.Output {
        let caller = try RequestScope.requireCaller()
        guard case .json(let request) = input.body else { throw APIFailure.invalid("unsupported body", path: "", problem: "must be JSON") }
        guard request.name != nil || request.description != nil || request.role != nil || request.active != nil else {
            throw APIFailure.invalid("nothing to change", path: "", problem: "must name at least one of name, description, role, active")
        }
        let account = try await store.updateServiceAccount(
            org: caller.organizationId, id: input.path.serviceAccountId, name: request.name,
            description: request.description, role: try request.role.map(Self.role), active: request.active)
        return .ok(.init(body: .json(account)))
    }

    static func role(_ role: Schemas.ServiceAccountRole) throws -> String {
        if case .undocumented(let value) = role {
            throw APIFailure.invalid("unknown role '\(value)'", path: "/role", problem: "must be viewer, engineer or admin")
        }
        return role.rawValue
    }

    // MARK: Jobs

    public func listJobs(_ input: Operations.ListJobs.Input) async throws -> Operations.ListJobs.Output {
        let caller = try RequestScope.requireCaller()
        if case .undocumented(let value)? = input.query.status {
            throw APIFailure.invalid("invalid query parameter 'status'", path: "status", problem: "must be a job status, not '\(value)'")
        }
        let page = try await store.listJobs(
            org: caller.organizationId, status: input.query.status?.rawValue,
            page: try PageRequest(limit: input.query.limit, cursor: input.query.cursor))
        return .ok(.init(body: .json(.init(items: page.items, nextCursor: page.nextCursor))))
    }

    public func getJob(_ input: Operations.GetJob.Input) async throws -> Operations.GetJob.Output {
        let caller = try RequestScope.requireCaller()
        return .ok(.init(body: .json(try await store.job(org: caller.organizationId, id: input.path.jobId))))
    }

    public func cancelJob(_ input: Operations.CancelJob.Input) async throws -> Operations.CancelJob.Output {
        let caller = try RequestScope.requireCaller()
        return .ok(.init(body: .json(try await store.cancelJob(org: caller.organizationId, id: input.path.jobId))))
    }

    // MARK: Workspace

    public func getApplicationKey(_ input: Operations.GetApplicationKey.Input) async throws -> Operations.GetApplicationKey.Output {
        let caller = try RequestScope.requireCaller()
        return .ok(.init(body: .json(try await store.applicationKey(org: caller.organizationId))))
    }

    public func regenerateApplicationKey(
        _ input: Operations.RegenerateApplicationKey.Input
    ) async throws -> Operations.RegenerateApplicationKey.Output {
        let caller = try RequestScope.requireCaller()
        let (raw, rotatedAt) = try await store.regenerateApplicationKey(org: caller.organizationId)
        return .ok(
            .init(
                body: .json(
                    .init(
                        applicationKey: raw, prefix: KeyFormat.prefix(of: raw), lastRotatedAt: rotatedAt,
                        warning: Self.rawKeyWarning))))
    }
}
