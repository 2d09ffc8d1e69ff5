import Foundation
import TestSupport

/// One row of `corpus/MANIFEST.tsv`.
struct CorpusEntry: Sendable, CustomStringConvertible {
    /// Folder name.
    var name: String
    /// `yaml` or `json`.
    var format: String
    /// Number of operations under `paths`.
    var operations: Int
    /// The root file, relative to the folder.
    var rootFile: String

    var description: String { name }

    /// The rows of the manifest, by name.
    static let all: [String: CorpusEntry] = {
        let text = (try? String(contentsOfFile: TestPaths.corpus + "/MANIFEST.tsv", encoding: .utf8)) ?? ""
        var rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        guard let header = rows.first?.map(String.init) else { return [:] }
        rows.removeFirst()
        func column(_ name: String) -> Int { header.firstIndex(of: name) ?? -1 }
        let (nameColumn, formatColumn, operationsColumn, rootColumn) =
            (column("name"), column("format"), column("operations"), column("root_file"))
        var entries: [String: CorpusEntry] = [:]
        for row in rows where row.count == header.count {
            let entry = CorpusEntry(
                name: String(row[nameColumn]), format: String(row[formatColumn]),
                operations: Int(row[operationsColumn]) ?? -1, rootFile: String(row[rootColumn]))
            entries[entry.name] = entry
        }
        return entries
    }()
}
