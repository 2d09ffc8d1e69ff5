import Foundation

/// One scope of a key: a permission, optionally narrowed to one resource.
public struct Grant: Codable, Hashable, Sendable {
    public var permission: String
    public var resourceType: String?
    public var resourceId: String?

    public init(permission: String, resourceType: String? = nil, resourceId: String? = nil) {
        self.permission = permission
        self.resourceType = resourceType
        self.resourceId = resourceId
    }

    /// The scopes the server knows; `admin:*` stands for all of them.
    public static let known: [String] = [
        "scans:read", "scans:write", "services:read", "api-keys:read", "api-keys:write", "service-accounts:read",
        "service-accounts:write", "jobs:read", "jobs:write", "workspace:read", "workspace:write", "admin:*",
    ]
    static let admin = "admin:*"
    /// Permissions a grant may narrow to single services (`resourceType: service`).
    static let serviceScoped: Set<String> = ["scans:read", "scans:write", "services:read"]

    /// What the workspace application key may do.
    static let applicationKeyGrants = ["scans:read", "scans:write", "services:read", "jobs:read"].map { Grant(permission: $0) }

    var isOrganizationWide: Bool { resourceType == nil && resourceId == nil }

    /// Whether this grant includes `other` (same or narrower).
    func covers(_ other: Grant) -> Bool {
        guard permission == Grant.admin || permission == other.permission else { return false }
        if isOrganizationWide { return true }
        return resourceType == other.resourceType && resourceId == other.resourceId
    }

    static func encode(_ grants: [Grant]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(grants)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [Grant] {
        do {
            return try JSONDecoder().decode([Grant].self, from: Data(text.utf8))
        } catch {
            throw StorageError.corrupt("scopes are not a JSON list: \(error)")
        }
    }
}

/// Who a request acts for, resolved from its key. The organization always comes from here.
public struct Caller: Sendable {
    public enum Kind: Sendable { case apiKey, applicationKey }
    public var kind: Kind
    public var organizationId: String
    public var organizationName: String
    /// The API key's id (nil for the application key).
    public var keyId: String?
    public var principalType: String
    public var principalId: String
    public var principalName: String?
    public var grants: [Grant]

    /// Whether the caller may call an operation needing `permission`. Permissions on scans and services may be
    /// narrowed to some services (the handler then limits what it shows); every other permission counts only
    /// when it covers the whole organization.
    func mayCall(_ permission: String) -> Bool {
        grants.contains { grant in
            (grant.permission == Grant.admin || grant.permission == permission)
                && (grant.isOrganizationWide || Grant.serviceScoped.contains(permission))
        }
    }

    /// Whether the caller holds `permission` for the service `serviceId`.
    func allows(_ permission: String, service serviceId: String) -> Bool {
        grants.contains { $0.covers(Grant(permission: permission, resourceType: "service", resourceId: serviceId)) }
    }

    /// The services `permission` is limited to, or nil when it covers the whole organization.
    func services(for permission: String) -> Set<String>? {
        var ids = Set<String>()
        for grant in grants where grant.permission == Grant.admin || grant.permission == permission {
            if grant.isOrganizationWide { return nil }
            if grant.resourceType == "service", let id = grant.resourceId { ids.insert(id) }
        }
        return ids
    }

    /// Whether the caller could hand out every one of `requested`.
    func canGrant(_ requested: [Grant]) -> Bool {
        requested.allSatisfy { wanted in grants.contains { $0.covers(wanted) } }
    }
}
