import Foundation
import SpecModel

/// Writes our own YAML node trees back out as JSON, so tests can check that a document hashes the same in
/// either syntax. Keys go through a dictionary (so their order changes too); a repeated key keeps its first
/// value, as lookups do. `$ref` file parts ending in `.yaml`/`.yml` are renamed to `.json`, like the files.
enum NodeJSONConverter {
    /// Every readable file of a set, as JSON text under its renamed path, and the renamed root path.
    static func convert(_ files: DocumentSet) throws -> (files: [String: String], root: String) {
        var converted: [String: String] = [:]
        for file in files.files {
            guard let root = file.root else { continue }
            let data = try JSONSerialization.data(withJSONObject: value(root), options: [.fragmentsAllowed])
            converted[renamed(file.path)] = String(decoding: data, as: UTF8.self)
        }
        return (converted, renamed(files.file(files.rootFile).path))
    }

    /// The Foundation value of a node.
    static func value(_ node: Node) -> Any {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return NSNull()
            case .bool(let flag): return flag
            case .int(let number): return Int(number)
            case .double(let number): return number
            case .string(let text): return text
            }
        case .sequence(let items):
            return items.map(value)
        case .mapping(let entries):
            var object: [String: Any] = [:]
            for entry in entries where object[entry.name] == nil {
                if entry.name == "$ref", let text = entry.value.string {
                    object[entry.name] = renamedReference(text)
                } else {
                    object[entry.name] = value(entry.value)
                }
            }
            return object
        }
    }

    /// A path with a `.yaml` or `.yml` extension given `.json` instead.
    static func renamed(_ path: String) -> String {
        for suffix in [".yaml", ".yml"] where path.lowercased().hasSuffix(suffix) {
            return String(path.dropLast(suffix.count)) + ".json"
        }
        return path
    }

    private static func renamedReference(_ text: String) -> String {
        guard let hash = text.firstIndex(of: "#") else {
            return DocumentSet.isAbsoluteURI(text) ? text : renamed(text)
        }
        let file = String(text[..<hash])
        guard !file.isEmpty, !DocumentSet.isAbsoluteURI(file) else { return text }
        return renamed(file) + String(text[hash...])
    }
}
