extension ContentDecl {
    /// How a media type is carried: JSON (`application/json`, `*/*+json`), text (`text/*`), or raw bytes.
    static func kind(of mediaType: String) -> Kind {
        let base = String(mediaType.split(separator: ";").first ?? Substring(mediaType)).trimmed(" ")
        if base == "application/json" || base.hasSuffix("+json") { return .json }
        if base.hasPrefix("text/") { return .text }
        return .binary
    }

    /// The body enum's case for a media type: `json`, `plainText`, `binary`, or one derived from the name.
    static func caseName(for mediaType: String) -> String {
        let base = String(mediaType.split(separator: ";").first ?? Substring(mediaType)).trimmed(" ")
        switch base {
        case "application/json": return "json"
        case "text/plain": return "plainText"
        case "application/octet-stream": return "binary"
        case "application/x-www-form-urlencoded": return "urlEncodedForm"
        case "multipart/form-data": return "multipartForm"
        case "*/*": return "any"
        default: return SwiftName.member(base)
        }
    }

    /// The `Content-Type` to send: the media type, or `application/octet-stream` for wildcards.
    var sentContentType: String {
        mediaType.contains("*") ? (kind == .json ? "application/json" : "application/octet-stream") : mediaType
    }
}

extension String {
    func trimmed(_ set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}

/// Output case names for response statuses.
enum StatusNames {
    /// Case name, exact status and range for `200`, `4XX`, `default`.
    static func describe(_ status: String) -> (caseName: String, status: Int?, range: ClosedRange<Int>?) {
        if status == "default" { return ("`default`", nil, nil) }
        if let code = Int(status) { return (names[code] ?? "status\(code)", code, nil) }
        if status.count == 3, let first = status.first?.wholeNumberValue, status.uppercased().hasSuffix("XX") {
            return ("code\(first)XX", nil, (first * 100)...(first * 100 + 99))
        }
        return (SwiftName.member("status " + status), nil, nil)
    }

    private static let names: [Int: String] = [
        100: "`continue`", 101: "switchingProtocols", 200: "ok", 201: "created", 202: "accepted",
        203: "nonAuthoritativeInformation", 204: "noContent", 205: "resetContent", 206: "partialContent",
        207: "multiStatus", 300: "multipleChoices", 301: "movedPermanently", 302: "found", 303: "seeOther",
        304: "notModified", 307: "temporaryRedirect", 308: "permanentRedirect", 400: "badRequest",
        401: "unauthorized", 402: "paymentRequired", 403: "forbidden", 404: "notFound", 405: "methodNotAllowed",
        406: "notAcceptable", 408: "requestTimeout", 409: "conflict", 410: "gone", 411: "lengthRequired",
        412: "preconditionFailed", 413: "contentTooLarge", 414: "uriTooLong", 415: "unsupportedMediaType",
        416: "rangeNotSatisfiable", 417: "expectationFailed", 418: "imATeapot", 421: "misdirectedRequest",
        422: "unprocessableContent", 423: "locked", 424: "failedDependency", 425: "tooEarly",
        426: "upgradeRequired", 428: "preconditionRequired", 429: "tooManyRequests",
        431: "requestHeaderFieldsTooLarge", 451: "unavailableForLegalReasons", 500: "internalServerError",
        501: "notImplemented", 502: "badGateway", 503: "serviceUnavailable", 504: "gatewayTimeout",
        505: "httpVersionNotSupported", 507: "insufficientStorage", 511: "networkAuthenticationRequired",
    ]
}
