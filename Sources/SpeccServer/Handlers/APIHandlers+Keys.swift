import Foundation
import SpeccAPI

extension APIHandlers {
    static let rawKeyWarning = "Store this key now: it is shown only in this response and cannot be retrieved again."

    public func listApiKeys(_ input: Operations.ListApiKeys.Input) async throws -> Operations.ListApiKeys.Output {
        let caller = try RequestScope.requireCaller()
        let page = try await store.listKeys(
            org: caller.organizationId, page: try PageRequest(limit: input.query.limit, cursor: input.query.cursor))
        return .ok(.init(body: .json(.init(items: page.items, nextCursor: page.nextCursor))))
    }

    public func createApiKey(_ input: Operations.CreateApiKey.Input) async throws -> Operations.CreateApiKey.Output {
        let caller = try RequestScope.requireCaller()
        guard case .json(let request) = input.body else { throw APIFailure.invalid("unsupported body", path: "", problem: "must be JSON") }
        let grants = try Self.grants(request.scopes, path: "/scopes")
        guard caller.canGrant(grants) else {
            throw APIFailure.forbidden("a key cannot be given scopes its creator does not hold")
        }
        let ownerType: String
        switch request.owner.type {
        case .user: ownerType = "user"
        case .serviceAccount: ownerType = "service_account"
        case .undocumented: throw APIFailure.invalid("invalid owner", path: "/owner/type", problem: "must be user or service_account")
        }
        var expiresAt: Date?
        switch (request.expiresInDays, request.expiresAt) {
        case (.some, .some):
            throw APIFailure.invalid("give expiresInDays or expiresAt, not both", path: "/expiresAt", problem: "must be absent when expiresInDays is given")
        case (.some(let days), nil):
            expiresAt = store.now().addingTimeInterval(Double(days) * 86_400)
        case (nil, .some(let date)):
            guard date > store.now() else {
                throw APIFailure.invalid("expiresAt lies in the past", path: "/expiresAt", problem: "must lie in the future")
            }
            expiresAt = date
        case (nil, nil):
            expiresAt = nil
        }
        let (key, raw) = try await store.createKey(
            org: caller.organizationId, createdBy: caller.principalType == "application" ? nil : caller.principalId,
            name: request.name, description: request.description, ownerType: ownerType, ownerId: request.owner.id,
            grants: grants, expiresAt: expiresAt)
        return .created(
            .init(headers: .init(location: publicURL.string + "/api/api-keys/" + key.id), body: .json(Self.created(key, raw: raw))))
    }

    public func getApiKey(_ input: Operations.GetApiKey.Input) async throws -> Operations.GetApiKey.Output {
        let caller = try RequestScope.requireCaller()
        return .ok(.init(body: .json(try await store.key(org: caller.organizationId, id: input.path.apiKeyId))))
    }

    public func updateApiKey(_ input: Operations.UpdateApiKey.Input) async throws -> Operations.UpdateApiKey.Output {
        let caller = try RequestScope.requireCaller()
        guard case .json(let request) = input.body else { throw APIFailure.invalid("unsupported body", path: "", problem: "must be JSON") }
        guard request.name != nil || request.description != nil || request.scopes != nil else {
            throw APIFailure.invalid("nothing to change", path: "", problem: "must name at least one of name, description, scopes")
        }
        var grants: [Grant]?
        if let scopes = request.scopes {
            let parsed = try Self.grants(scopes, path: "/scopes")
            guard caller.canGrant(parsed) else {
                throw APIFailure.forbidden("a key cannot be given scopes its creator does not hold")
            }
            grants = parsed
        }
        let key = try await store.updateKey(
            org: caller.organizationId, id: input.path.apiKeyId, name: request.name, description: request.description,
            grants: grants)
        return .ok(.init(body: .json(key)))
    }

    public func revokeApiKey(_ input: Operations.RevokeApiKey.Input) async throws -> Operations.RevokeApiKey.Output {
        let caller = try RequestScope.requireCaller()
        var reason: String?
        if case .json(let request) = input.body { reason = request.reason }
        let key = try await store.revokeKey(org: caller.organizationId, id: input.path.apiKeyId, reason: reason)
        return .ok(.init(body: .json(key)))
    }

    public func rotateApiKey(_ input: Operations.RotateApiKey.Input) async throws -> Operations.RotateApiKey.Output {
        let caller = try RequestScope.requireCaller()
        let (key, raw) = try await store.rotateKey(org: caller.organizationId, id: input.path.apiKeyId)
        return .ok(.init(body: .json(Self.created(key, raw: raw))))
    }

    public func listApiKeyUsage(_ input: Operations.ListApiKeyUsage.Input) async throws -> Operations.ListApiKeyUsage.Output {
        let caller = try RequestScope.requireCaller()
        let page = try await store.listUsage(
            org: caller.organizationId, keyId: input.path.apiKeyId,
            page: try PageRequest(limit: input.query.limit, cursor: input.query.cursor))
        return .ok(.init(body: .json(.init(items: page.items, nextCursor: page.nextCursor))))
    }

    static func created(_ key: Schemas.ApiKey, raw: String) -> Schemas.CreatedApiKey {
        Schemas.CreatedApiKey(
            id: key.id, name: key.name, description: key.description, prefix: key.prefix, owner: key.owner,
            scopes: key.scopes, status: key.status, createdAt: key.createdAt, createdBy: key.createdBy,
            expiresAt: key.expiresAt, lastUsedAt: key.lastUsedAt, revokedAt: key.revokedAt,
            revocationReason: key.revocationReason, rawKey: raw, warning: rawKeyWarning)
    }

    /// Scopes as requested, normalized to grants; unknown names are 422, malformed narrowing 400.
    static func grants(_ scopes: [Schemas.ScopeInput], path: String) throws -> [Grant] {
        var result: [Grant] = []
        for (index, scope) in scopes.enumerated() {
            let grant: Grant
            switch scope {
            case .scopeName(let name):
                grant = Grant(permission: name)
            case .apiKeyScope(let object):
                grant = Grant(
                    permission: object.permission, resourceType: object.resourceType?.rawValue, resourceId: object.resourceId)
            }
            guard Grant.known.contains(grant.permission) else {
                throw APIFailure.unknownScope(grant.permission, path: "\(path)/\(index)")
            }
            switch (grant.resourceType, grant.resourceId) {
            case (nil, nil):
                break
            case ("service", .some):
                // Narrowing a permission that is not about services is accepted but grants nothing
                // (`Caller.mayCall`).
                break
            default:
                throw APIFailure.invalid(
                    "a scope is narrowed by resourceType 'service' together with a resourceId",
                    path: "\(path)/\(index)", problem: "must give both resourceType 'service' and resourceId, or neither")
            }
            if !result.contains(grant) { result.append(grant) }
        }
        return result
    }
}
