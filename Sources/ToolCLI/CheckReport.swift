import Foundation
import Pipeline

/// The text `check` prints after the findings: a one-line verdict, the stale, missing and extra files, a capped
/// unified diff of each stale text file and the command that fixes them.
enum CheckReport {
    /// Stale files shown with a diff; the others are only listed.
    static let maxDiffs = 10
    /// Diff lines shown per file.
    static let maxDiffLines = 20

    /// The report for `result`; `fixCommand` is printed when outputs are out of date.
    static func text(_ result: CheckResult, fixCommand: String) -> String {
        guard result.isUsable else { return "specc: check: the document is not usable; nothing was compared\n" }
        let fileCount = result.outputs.reduce(0) { $0 + $1.files.count }
        let roots = result.outputs.map { "'\($0.root)'" }.joined(separator: ", ")
        if result.isCurrent { return "specc: check: \(fileCount) generated files in \(roots) are current\n" }
        var text = "specc: check: outputs in \(roots) are out of date: "
        text += "\(result.stale.count) stale, \(result.missing.count) missing, \(result.extra.count) extra\n"
        for file in result.stale { text += "stale:   \(file.path)\n" }
        for path in result.missing { text += "missing: \(path)\n" }
        for path in result.extra { text += "extra:   \(path)\n" }
        for file in result.stale.prefix(maxDiffs) { text += "\n" + diff(file) }
        if result.stale.count > maxDiffs {
            text += "\n... \(result.stale.count - maxDiffs) more stale files not shown\n"
        }
        text += "\nto update them, run: \(fixCommand)\n"
        return text
    }

    /// A unified diff from the disk to the generated file, or one line for binary contents.
    static func diff(_ file: StaleFile) -> String {
        guard let onDisk = textIfPlain(file.onDisk), let generated = textIfPlain(file.generated) else {
            return "binary file \(file.path) differs\n"
        }
        return LineDiff.unified(
            old: onDisk, new: generated, oldLabel: file.path + " (on disk)", newLabel: file.path + " (generated)",
            maxLines: maxDiffLines)
    }

    /// The bytes as text when they are valid UTF-8 without NUL bytes.
    static func textIfPlain(_ bytes: [UInt8]) -> String? {
        guard !bytes.contains(0) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// `argument` as one shell word: unchanged when it only holds safe characters, else single-quoted.
    static func shellQuoted(_ argument: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,")
        if !argument.isEmpty, argument.allSatisfy({ safe.contains($0) }) { return argument }
        return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
