import Foundation
import Pipeline
import SpecDiagnostics
import SpecDiff
import SpecModel
import SpecParser
import TestSupport

/// Runs `diff` the way the fixtures expect: fixed date, files read from a folder or from memory.
enum DiffRun {
    /// The date sunset fixtures are judged on.
    static let today = "2025-06-15"

    /// The folder of the diff fixtures.
    static var fixtures: String { TestPaths.fixtures + "/diff" }

    /// Diffs `base` against `revision`, both relative to `folder`.
    static func changes(folder: String, base: String, revision: String) -> DiffResult {
        Pipeline(fileSystem: DiskFileSystem(baseDirectory: folder)).diff(
            base: DiffSource(path: base), revision: DiffSource(path: revision), options: DiffOptions(today: today))
    }

    /// Diffs two documents held in memory under the given names.
    static func changes(files: [String: String], base: String, revision: String) -> DiffResult {
        Pipeline(fileSystem: MemoryFileSystem(files)).diff(
            base: DiffSource(path: base), revision: DiffSource(path: revision), options: DiffOptions(today: today))
    }

    /// The name of the base and revision files in a fixture folder (`.yaml`, or `.json` when that exists).
    static func names(in folder: String) -> (base: String, revision: String) {
        let json = FileManager.default.fileExists(atPath: folder + "/base.json")
        return json ? ("base.json", "revision.json") : ("base.yaml", "revision.yaml")
    }

    /// Every change without its location: `level[id]: headline` plus the affected list, for comparing runs of
    /// the same documents written differently.
    static func unlocated(_ changes: [Change]) -> [String] {
        changes.map { change in
            var text = "\(change.level.rawValue)[\(change.id.rawValue)]: \(change.headline)"
            if let summary = change.affectedSummary { text += " (\(summary))" }
            return text
        }
    }
}

/// Rewrites a YAML document as JSON, so each YAML fixture is also checked through the JSON reader.
enum YAMLToJSON {
    static func convert(_ yaml: String) -> String? {
        let file = SourceFile(path: "input.yaml", bytes: Array(yaml.utf8))
        guard let node = YAMLReader(file: file, fileID: FileID(rawValue: 0)).read(into: DiagnosticCollector()) else {
            return nil
        }
        var output = ""
        write(node, indent: "", into: &output)
        return output + "\n"
    }

    private static func write(_ node: Node, indent: String, into output: inout String) {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: output += "null"
            case .bool(let flag): output += flag ? "true" : "false"
            case .int(let number): output += String(number)
            case .double(let number): output += String(number)
            case .string(let text): output += quote(text)
            }
        case .sequence(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += indent + "  "
                write(item, indent: indent + "  ", into: &output)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .mapping(let entries):
            guard !entries.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, entry) in entries.enumerated() {
                output += indent + "  " + quote(entry.name) + ": "
                write(entry.value, indent: indent + "  ", into: &output)
                output += index == entries.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    private static func quote(_ text: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
