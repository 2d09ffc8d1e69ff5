import SpecDiagnostics
import SpecModel
import SpecParser

/// Reads `specc.yaml`: rule levels, strictness and input limits.
///
/// ```yaml
/// rules:
///   missing-operation-id: off      # error | warning | info | off
///   undefined-tag: error
/// strict: true
/// limits:
///   max-file-bytes: 67108864
///   max-depth: 256
///   max-alias-expansion: 1000000
///   max-files: 10000
/// generate:                     # see ConfigLoader+Generate.swift
///   output: Sources/PetsAPI/Generated
///   modes: [types, client]
/// ```
/// Problems in the file are findings with id `invalid-config`, located in it, like any other input.
public enum ConfigLoader {
    /// Ids a user may configure: every lint rule and the reference findings the builder reports.
    public static var configurableIDs: Set<DiagnosticID> {
        Set(LintRegistryIDs.all).union(["unresolved-ref", "ref-cycle", "remote-ref", "newer-openapi-version"])
    }

    /// The keys the top of the file may have.
    static let topLevelKeys = ["rules", "strict", "limits", "generate"]

    /// Loads the file at `path` on top of `base`; returns the configuration and any findings.
    public static func load(
        _ path: String, from reader: any SourceReader, base: PipelineConfig = PipelineConfig()
    ) -> (PipelineConfig, [Diagnostic]) {
        let collector = DiagnosticCollector()
        let sources = SourceFileTable()
        let bytes: [UInt8]
        do {
            bytes = try reader.read(path, maxBytes: 1 << 20)
        } catch {
            let reason: String
            switch error {
            case .notFound: reason = "no such file"
            case .tooLarge(let size): reason = "it is \(size) bytes; a configuration file may have at most 1 MiB"
            case .failed(let message): reason = message
            }
            return (base, [Diagnostic(.error, "invalid-config", "cannot read configuration '\(path)': \(reason)")])
        }
        let file = SourceFile(path: path, bytes: bytes)
        let id = sources.add(file)
        guard let root = YAMLReader(file: file, fileID: id).read(into: collector) else {
            return (base, collector.diagnostics)
        }
        var config = base
        func report(_ message: String, _ node: Node) {
            collector.emit(Diagnostic(.error, "invalid-config", message, at: sources.range(of: node.span)))
        }
        guard let entries = root.entries else {
            if root.scalar?.value != .null { report("expected a mapping at the top of the configuration", root) }
            return (config, collector.diagnostics)
        }
        for entry in entries {
            switch entry.name {
            case "rules": readRules(entry.value, into: &config, report: report)
            case "strict":
                if case .bool(let strict) = entry.value.scalar?.value { config.strict = strict } else {
                    report("expected true or false for 'strict', found \(entry.value.typeName)", entry.value)
                }
            case "limits": readLimits(entry.value, into: &config, report: report)
            case "generate":
                readGenerate(entry.value, folder: folder(of: path), into: &config.generate, report: report)
            default:
                report(unknownKeyMessage(entry.name, in: nil, expected: topLevelKeys), entry.key)
            }
        }
        return (config, collector.diagnostics)
    }

    private static func readRules(_ node: Node, into config: inout PipelineConfig, report: (String, Node) -> Void) {
        guard let entries = node.entries else {
            report("expected a mapping of rule ids to levels for 'rules', found \(node.typeName)", node)
            return
        }
        let known = configurableIDs
        for entry in entries {
            let id = DiagnosticID(rawValue: entry.name)
            guard known.contains(id) else {
                var message = "unknown rule '\(entry.name)'"
                if let suggestion = Suggestions.closest(to: entry.name, in: known.map(\.rawValue)) {
                    message += "; did you mean '\(suggestion)'?"
                }
                report(message, entry.key)
                continue
            }
            guard let text = entry.value.scalar?.text, let level = RuleLevel(rawValue: text) else {
                report("expected error, warning, info or off for rule '\(entry.name)'", entry.value)
                continue
            }
            config.ruleLevels[id] = level
        }
    }

    private static func readLimits(_ node: Node, into config: inout PipelineConfig, report: (String, Node) -> Void) {
        guard let entries = node.entries else {
            report("expected a mapping for 'limits', found \(node.typeName)", node)
            return
        }
        for entry in entries {
            guard case .int(let value) = entry.value.scalar?.value, value > 0, value <= Int64(Int32.max) * 16 else {
                report("expected a positive integer for limit '\(entry.name)'", entry.value)
                continue
            }
            let number = Int(value)
            switch entry.name {
            case "max-file-bytes": config.limits.maxFileBytes = number
            case "max-depth": config.limits.maxDepth = number
            case "max-alias-expansion": config.limits.maxAliasExpansion = number
            case "max-files": config.limits.maxFiles = number
            case "max-total-bytes": config.limits.maxTotalBytes = number
            default:
                report(
                    "unknown limit '\(entry.name)'; expected max-file-bytes, max-depth, max-alias-expansion, max-files or max-total-bytes",
                    entry.key)
            }
        }
    }

    /// "unknown configuration key 'x'" (or "unknown key 'x' in 'section'"), with the closest expected key as a
    /// suggestion when one is near, else the list of expected keys.
    static func unknownKeyMessage(_ name: String, in section: String?, expected: [String]) -> String {
        var message = section.map { "unknown key '\(name)' in '\($0)'" } ?? "unknown configuration key '\(name)'"
        if let suggestion = Suggestions.closest(to: name, in: expected) {
            message += "; did you mean '\(suggestion)'?"
        } else {
            let quoted = expected.map { "'\($0)'" }
            message += "; expected " + quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        }
        return message
    }

    /// The folder holding the file at `path` ("" for the working directory).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
