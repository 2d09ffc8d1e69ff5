import SpecDiagnostics
import SpecModel
import StubGen

/// The `generate:` section of `specc.yaml`.
///
/// ```yaml
/// generate:
///   output: Sources/PetsAPI/Generated   # folder, relative to this file
///   modes: [types, client]              # types | client | server (client and server bring types)
///   access: public                      # public | package | internal
///   tags: [pets]                        # keep operations with one of these tags,
///   operations: [listPets]              # and one of these ids (when set),
///   paths: [/pets]                      # and a path starting with one of these (when set); plus their schemas
///   names: {Pet: Animal, listPets: allPets}   # schema name or operationId → Swift name
///   templates: Templates/Swift          # folder overriding built-in templates file by file
/// ```
extension ConfigLoader {
    /// The keys `generate:` may have.
    static let generateKeys = ["output", "modes", "access", "tags", "operations", "paths", "names", "templates"]

    /// Reads `node` into `settings`; folders are taken relative to `folder` (the configuration file's).
    static func readGenerate(
        _ node: Node, folder: String, into settings: inout GenerateSettings, report: (String, Node) -> Void
    ) {
        settings.isConfigured = true
        guard let entries = node.entries else {
            // `generate:` alone asks for the defaults.
            if node.scalar?.value != .null { report("expected a mapping for 'generate', found \(node.typeName)", node) }
            return
        }
        for entry in entries {
            let value = entry.value
            switch entry.name {
            case "output":
                if let text = folderName(value, key: "output", report: report) {
                    settings.output = resolve(text, against: folder)
                }
            case "templates":
                if let text = folderName(value, key: "templates", report: report) {
                    settings.templates = resolve(text, against: folder)
                }
            case "modes":
                if let modes = readModes(value, report: report) { settings.stubConfig.modes = modes }
            case "access":
                if let access = readAccess(value, report: report) { settings.stubConfig.access = access }
            case "tags":
                if let tags = strings(value, key: "tags", report: report) {
                    settings.stubConfig.tags = tags.map(\.text)
                }
            case "operations":
                if let ids = strings(value, key: "operations", report: report) {
                    settings.stubConfig.operations = ids.map(\.text)
                }
            case "paths":
                if let paths = strings(value, key: "paths", report: report) {
                    settings.stubConfig.paths = paths.map(\.text)
                }
            case "names":
                readNames(value, into: &settings.stubConfig.nameOverrides, report: report)
            default:
                report(unknownKeyMessage(entry.name, in: "generate", expected: generateKeys), entry.key)
            }
        }
    }

    /// `modes`: a list of mode names (or one name); clients and servers bring the types they use.
    private static func readModes(_ node: Node, report: (String, Node) -> Void) -> Set<StubConfig.Mode>? {
        guard let names = strings(node, key: "modes", report: report) else { return nil }
        guard !names.isEmpty else {
            report("expected at least one of types, client or server for 'modes'", node)
            return nil
        }
        var modes = Set<StubConfig.Mode>()
        for (text, item) in names {
            guard let mode = StubConfig.Mode(rawValue: text) else {
                report(unknownValueMessage("mode", text, expected: StubConfig.Mode.allCases.map(\.rawValue)), item)
                continue
            }
            modes.insert(mode)
        }
        guard !modes.isEmpty else { return nil }
        if modes.contains(.client) || modes.contains(.server) { modes.insert(.types) }
        return modes
    }

    /// `access`: one access level.
    private static func readAccess(_ node: Node, report: (String, Node) -> Void) -> StubConfig.Access? {
        guard let text = node.string else {
            report("expected public, package or internal for 'access', found \(node.typeName)", node)
            return nil
        }
        guard let access = StubConfig.Access(rawValue: text) else {
            report(
                unknownValueMessage("access level", text, expected: StubConfig.Access.allCases.map(\.rawValue)), node)
            return nil
        }
        return access
    }

    /// `names`: a mapping from schema names and operation ids to Swift identifiers.
    private static func readNames(
        _ node: Node, into overrides: inout [String: String], report: (String, Node) -> Void
    ) {
        guard let entries = node.entries else {
            let expected = "expected a mapping of schema names or operation ids to Swift names for 'names'"
            report("\(expected), found \(node.typeName)", node)
            return
        }
        for entry in entries {
            guard let name = entry.value.string else {
                report("expected a Swift name for '\(entry.name)', found \(entry.value.typeName)", entry.value)
                continue
            }
            guard isIdentifier(name) else {
                report("expected a Swift identifier for '\(entry.name)', found '\(name)'", entry.value)
                continue
            }
            overrides[entry.name] = name
        }
    }

    /// The texts of a list of strings (a single string counts as a list of one), each with its node. Numbers
    /// are taken as written (`tags: [2024]`); other values are reported.
    private static func strings(
        _ node: Node, key: String, report: (String, Node) -> Void
    ) -> [(text: String, node: Node)]? {
        let items: [Node]
        if let list = node.items {
            items = list
        } else if node.scalar != nil, node.scalar?.value != .null {
            items = [node]
        } else {
            report("expected a list of strings for '\(key)', found \(node.typeName)", node)
            return nil
        }
        var result: [(text: String, node: Node)] = []
        for item in items {
            switch item.scalar?.value {
            case .string, .int, .double: result.append((item.scalar!.text, item))
            default: report("expected a string in '\(key)', found \(item.typeName)", item)
            }
        }
        return result
    }

    /// A folder name: a non-empty string.
    private static func folderName(_ node: Node, key: String, report: (String, Node) -> Void) -> String? {
        guard let text = node.string else {
            report("expected a folder for '\(key)', found \(node.typeName)", node)
            return nil
        }
        guard !text.isEmpty else {
            report("expected a folder for '\(key)', found an empty string", node)
            return nil
        }
        return text
    }

    /// "unknown mode 'clent'; did you mean 'client'?", or the list of values expected.
    private static func unknownValueMessage(_ noun: String, _ text: String, expected: [String]) -> String {
        if let suggestion = Suggestions.closest(to: text, in: expected) {
            return "unknown \(noun) '\(text)'; did you mean '\(suggestion)'?"
        }
        return "unknown \(noun) '\(text)'; expected " + expected.dropLast().joined(separator: ", ") + " or "
            + expected.last!
    }

    /// `path` as given when it is absolute or the configuration file is in the working directory, else under
    /// the file's folder.
    static func resolve(_ path: String, against folder: String) -> String {
        if path.hasPrefix("/") || folder.isEmpty || folder == "." { return path }
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }

    /// Whether `name` is a plain Swift identifier: an ASCII letter or `_`, then letters, digits or `_`.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
        }
        return isLetter(first) && name.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
    }
}
