import Foundation
import SpeccAPI

/// The server side of the contract: the generated `APIProtocol`, one method per operation, over `Store`.
/// Handlers return the success answer; every refusal is thrown as `APIFailure` and rendered by
/// `RuntimeMiddleware`, so all operations share one error body.
public struct APIHandlers: APIProtocol {
    let store: Store
    /// Absolute base of URLs the server hands out (`resultUrl`, `Location`).
    let publicURL: PublicURL
    let version: String
    let jobs: JobSignal

    init(store: Store, publicURL: PublicURL, version: String, jobs: JobSignal) {
        self.store = store
        self.publicURL = publicURL
        self.version = version
        self.jobs = jobs
    }

    public func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        .ok(.init(body: .json(.init(status: .ok, version: version))))
    }

    public func getCurrentPrincipal(
        _ input: Operations.GetCurrentPrincipal.Input
    ) async throws -> Operations.GetCurrentPrincipal.Output {
        let caller = try RequestScope.requireCaller()
        let type: Schemas.PrincipalType = caller.principalType == "service_account" ? .serviceAccount : .user
        return .ok(
            .init(
                body: .json(
                    .init(
                        principal: .init(type: type, id: caller.principalId, displayName: caller.principalName),
                        organization: .init(id: caller.organizationId, name: caller.organizationName),
                        scopes: caller.grants.map(\.schema)))))
    }
}
