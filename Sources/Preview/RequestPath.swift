import Foundation

/// Turns the path of a request into the path of a site file.
enum RequestPath {
    /// The site path a URL path names, without the leading `/`; a path ending in `/` names its `index.html`.
    /// Nil when the path is not acceptable: not absolute, not valid percent-encoding, or holding a `.` or `..`
    /// segment, a backslash or a NUL byte once decoded. The site lives in memory, so nothing outside it could be
    /// read anyway; refusing such paths keeps the server from ever answering for them.
    static func sitePath(_ raw: String) -> String? {
        guard raw.hasPrefix("/"), let decoded = raw.removingPercentEncoding else { return nil }
        if decoded.contains("\\") || decoded.contains("\0") { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return nil }
        let path = segments.joined(separator: "/")
        return path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }
}
