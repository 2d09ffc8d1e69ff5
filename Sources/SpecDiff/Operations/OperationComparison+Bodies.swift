import SpecDiagnostics
import SpecNormalizer

/// Request bodies, responses and response headers.
extension OperationComparison {
    mutating func compareRequestBodies(_ old: NormalizedRequestBody?, _ new: NormalizedRequestBody?) {
        let place = path.appending(.requestBody)
        switch (old, new) {
        case (nil, let body?):
            if body.required {
                report(.requiredRequestBodyAdded, "required request body added", at: place)
            } else {
                report(.requestBodyAdded, "optional request body added", at: place)
            }
        case (_?, nil):
            report(.requestBodyRemoved, "request body removed", at: place, side: .base)
        case (let before?, let after?):
            if !before.required, after.required {
                report(.requestBodyBecameRequired, "request body became required", at: place)
            } else if before.required, !after.required {
                report(.requestBodyBecameOptional, "request body became optional", at: place)
            }
            compareContent(before.content, after.content, .request, owner: "request body", at: place)
        case (nil, nil):
            break
        }
    }

    mutating func compareResponses(_ old: [NormalizedResponse], _ new: [NormalizedResponse]) {
        var remaining: [String: NormalizedResponse] = [:]
        for response in new where remaining[response.status.uppercased()] == nil {
            remaining[response.status.uppercased()] = response
        }
        for before in old {
            let place = path.appending(.response(before.status))
            guard let after = remaining.removeValue(forKey: before.status.uppercased()) else {
                let level: Severity =
                    switch before.status.first {
                    case "2": .error
                    case "3": .warning
                    default: .info
                    }
                report(
                    .responseStatusRemoved, level, "response status '\(before.status)' removed", at: place, side: .base)
                continue
            }
            let owner = "response \(after.status)"
            compareHeaders(before.headers, after.headers, owner: owner, at: path.appending(.response(after.status)))
            compareContent(
                before.content, after.content, .response, owner: owner, at: path.appending(.response(after.status)))
        }
        for after in new where remaining[after.status.uppercased()] != nil {
            report(
                .responseStatusAdded, after.status.hasPrefix("2") ? .warning : .info,
                "response status '\(after.status)' added", at: path.appending(.response(after.status)))
        }
    }

    private mutating func compareHeaders(
        _ old: [NormalizedHeader], _ new: [NormalizedHeader], owner: String, at place: DiffPath
    ) {
        var remaining: [String: NormalizedHeader] = [:]
        for header in new where remaining[header.name.lowercased()] == nil {
            remaining[header.name.lowercased()] = header
        }
        for before in old {
            let headerPlace = place.appending(.header(before.name))
            guard let after = remaining.removeValue(forKey: before.name.lowercased()) else {
                report(
                    .responseHeaderRemoved, before.required ? .error : .warning,
                    "header '\(before.name)' removed from \(owner)", at: headerPlace, side: .base)
                continue
            }
            compareSchemas(
                before.schema, after.schema, .response, root: "header '\(after.name)' of \(owner)",
                at: headerPlace.appending(.schema))
        }
        for after in new where remaining[after.name.lowercased()] != nil {
            report(
                .responseHeaderAdded, "header '\(after.name)' added to \(owner)",
                at: place.appending(.header(after.name)))
        }
    }
}
