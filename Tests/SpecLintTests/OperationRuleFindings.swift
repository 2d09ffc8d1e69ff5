import TestSupport

/// The findings of one rule in a document held in memory: the lines `validate` prints for that id, each
/// followed by its notes. Other rules' findings are left out, so a test states only what its rule reports.
func operationRuleFindings(_ id: String, in yaml: String) -> String {
    var kept: [Substring] = []
    var keeping = false
    for line in FixtureValidation.text(yaml: yaml).split(separator: "\n") {
        if line.contains(": note: ") {
            if keeping { kept.append(line) }
            continue
        }
        keeping = line.contains("[\(id)]")
        if keeping { kept.append(line) }
    }
    return kept.joined(separator: "\n")
}
