/// Renders findings as a SARIF 2.1.0 log that GitHub code scanning accepts (`upload-sarif`).
///
/// One run whose `tool.driver` is `specc` with one rule per distinct id used, sorted by id; a rule's
/// `shortDescription` comes from `ruleSummaries` (the id itself when missing) and its
/// `defaultConfiguration.level` is the most serious level the id was reported at in this run (levels are
/// configurable, so this is the effective level rather than the built-in default). Each result has
/// `ruleId`, `ruleIndex`, `level` (`error`, `warning`, or `note` for info), `message.text`, one location
/// and `partialFingerprints` (see `FindingFingerprint`). Notes with a location become `relatedLocations`;
/// notes without one are appended to the message text as `note: …` lines. A finding without a location has
/// no `locations`: valid SARIF, but GitHub does not display it.
///
/// Locations: `artifactLocation.uri` is the path as the text output prints it, percent-encoded, relative to
/// `uriBaseId` `%SRCROOT%` (an absolute path becomes a `file://` URI without a base). Columns: SARIF counts
/// in UTF-16 code units by default and GitHub reads them so, so the run declares
/// `columnKind: utf16CodeUnits` and our UTF-8 byte columns are converted using the source line. When the
/// file is not in the `SourceFileTable` the region has `startLine` and `endLine` only, since a byte column
/// could land on the wrong character.
///
/// The output is compact JSON with sorted keys (see `JSONText`).
public struct SARIFRenderer: Sendable {
    /// The schema URI GitHub's documentation uses.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The `partialFingerprints` key; bump its version if the hash ever changes.
    public static let fingerprintKey = "speccFindingHash/v1"

    /// `tool.driver.version`.
    public var toolVersion: String
    /// `tool.driver.informationUri`; left out when nil.
    public var informationURI: String?
    /// One-line description of each id, for `rules[].shortDescription`.
    public var ruleSummaries: [DiagnosticID: String]

    /// Creates a renderer.
    public init(toolVersion: String, informationURI: String? = nil, ruleSummaries: [DiagnosticID: String] = [:]) {
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.ruleSummaries = ruleSummaries
    }

    /// The SARIF log for `diagnostics`, ending in a newline.
    public func render(_ diagnostics: [Diagnostic], sources: SourceFileTable) -> String {
        var files: [String: SourceFile] = [:]
        for file in sources.all where files[file.path] == nil { files[file.path] = file }

        var levels: [DiagnosticID: Severity] = [:]
        for diagnostic in diagnostics {
            levels[diagnostic.id] = min(levels[diagnostic.id] ?? diagnostic.severity, diagnostic.severity)
        }
        let ids = levels.keys.sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let rules: [[String: Any]] = ids.map { id in
            [
                "id": id.rawValue,
                "shortDescription": ["text": ruleSummaries[id] ?? id.rawValue],
                "defaultConfiguration": ["level": Self.level(levels[id]!)],
            ]
        }

        var fingerprints = FindingFingerprint()
        let results: [[String: Any]] = diagnostics.map { diagnostic in
            var result: [String: Any] = [
                "ruleId": diagnostic.id.rawValue,
                "ruleIndex": ruleIndex[diagnostic.id]!,
                "level": Self.level(diagnostic.severity),
                "message": ["text": Self.messageText(diagnostic)],
                "partialFingerprints": [
                    Self.fingerprintKey: fingerprints.next(
                        id: diagnostic.id, file: diagnostic.range?.file, message: diagnostic.message)
                ],
            ]
            if let range = diagnostic.range {
                result["locations"] = [["physicalLocation": Self.physicalLocation(range, file: files[range.file])]]
            }
            let related = diagnostic.notes.compactMap { note in note.range.map { (note.message, $0) } }
            if !related.isEmpty {
                result["relatedLocations"] = related.enumerated().map { index, note in
                    [
                        "id": index + 1,
                        "message": ["text": note.0],
                        "physicalLocation": Self.physicalLocation(note.1, file: files[note.1.file]),
                    ] as [String: Any]
                }
            }
            return result
        }

        var driver: [String: Any] = ["name": "specc", "version": toolVersion, "rules": rules]
        if let informationURI { driver["informationUri"] = informationURI }
        let run: [String: Any] = ["tool": ["driver": driver], "columnKind": "utf16CodeUnits", "results": results]
        return JSONText.encode(["$schema": Self.schemaURI, "version": "2.1.0", "runs": [run]] as [String: Any])
    }

    /// SARIF's level for a severity: info is `note`.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func messageText(_ diagnostic: Diagnostic) -> String {
        let unlocated = diagnostic.notes.filter { $0.range == nil }.map { "note: \($0.message)" }
        return ([diagnostic.message] + unlocated).joined(separator: "\n")
    }
}
