import Foundation
import Pipeline
import SiteGen
import TestSupport

/// Builds sites for tests, in memory.
enum SiteTestSupport {
    static func build(_ document: String, pages: [String] = []) -> SiteResult {
        Pipeline().site(document, pagePaths: pages)
    }

    static var fixture: String { TestPaths.fixtures + "/site" }

    static var fixturePages: [String] {
        ["auth.md", "intro.md", "secret.md"].map { fixture + "/pages/" + $0 }
    }

    /// Every `href`/`src` of every HTML file that does not resolve to a generated file (and anchor).
    static func brokenLinks(in files: [SiteFile]) -> [String] {
        var ids: [String: Set<String>] = [:]
        for file in files where file.path.hasSuffix(".html") { ids[file.path] = Set(matches(#" id="([^"]*)""#, in: file.text)) }
        let paths = Set(files.map(\.path))
        var broken: [String] = []
        for file in files where file.path.hasSuffix(".html") && file.path != "404.html" {
            let folder = file.path.split(separator: "/").dropLast().map(String.init)
            for target in matches(#" (?:href|src)="([^"]*)""#, in: file.text) {
                if target.hasPrefix("https://") || target.hasPrefix("http://") || target.hasPrefix("mailto:") { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                var resolved = folder
                for part in parts[0].split(separator: "/") {
                    if part == ".." { _ = resolved.popLast() } else if part != "." { resolved.append(String(part)) }
                }
                let path = parts[0].isEmpty ? file.path : resolved.joined(separator: "/")
                if !paths.contains(path) { broken.append("\(file.path): \(target)"); continue }
                if parts.count > 1, !(ids[path]?.contains(parts[1]) ?? false) { broken.append("\(file.path): \(target)") }
            }
        }
        return broken
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
