import SpecDiagnostics
import SpecModel
import SpecNormalizer

/// Compares two versions of an API and lists what changed for existing clients: `API × API → [Change]`.
///
/// Operations are matched by method and path template (then by operationId, for moved ones), and each pair is
/// compared in depth; schemas are compared in the direction data flows (see `Direction`). A change inside a
/// named schema is found once however many operations reach it, and reported once listing them.
public enum SpecDiffer {
    /// Every change from `base` to `revision`, sorted (see `Change.sortOrder`).
    public static func diff(base: DiffInput, revision: DiffInput) -> [Change] {
        diff(base: base, revision: revision, options: DiffOptions())
    }

    /// Every change from `base` to `revision`, with explicit options (today's date, for sunsets).
    public static func diff(base: DiffInput, revision: DiffInput, options: DiffOptions) -> [Change] {
        let baseIndex = SchemaIndex(base.api)
        let revisionIndex = SchemaIndex(revision.api)
        var pairs = SchemaPairs(base: baseIndex, revision: revisionIndex)
        var report = ChangeAssembly(base: base, revision: revision)

        report.add(compareServers(base.api.servers, revision.api.servers), operation: nil)
        let matches =
            OperationMatcher.match(base.api.operations, revision.api.operations, isWebhook: false)
            + OperationMatcher.match(base.api.webhooks, revision.api.webhooks, isWebhook: true)
        var roots: [(Diagnostic.Operation, [SchemaPair])] = []
        for match in matches {
            let path = DiffPath(root: match.root)
            let operation = ChangeAssembly.operation(match)
            switch (match.base, match.revision) {
            case (let old?, nil):
                report.add(
                    [removal(of: old, match: match, in: base.document, today: options.today)], operation: operation)
            case (nil, _?):
                let added = Finding(
                    kind: .operationAdded, level: .info, message: "operation added", path: path, side: .revision)
                report.add([added], operation: operation)
            case (let old?, let new?):
                var comparison = OperationComparison(
                    base: baseIndex, revision: revisionIndex, path: path, isWebhook: match.isWebhook)
                if match.moved {
                    comparison.report(
                        .operationMoved,
                        "operation '\(new.operationId ?? "")' moved from '\(old.method.uppercased) \(old.path)'",
                        at: path)
                }
                comparison.compare(old, new)
                report.add(comparison.findings, operation: operation)
                for (pair, reachedBy) in comparison.reached { pairs.reach(pair, from: reachedBy) }
                roots.append((operation, comparison.reached.map(\.0)))
            case (nil, nil):
                break
            }
        }

        pairs.compareAll()
        addShared(pairs, reachedFrom: roots, to: &report)
        return report.changes.sorted(by: Change.sortOrder)
    }

    /// Adds the findings of every named schema pair, each once, with the operations that reach it.
    private static func addShared(
        _ pairs: SchemaPairs, reachedFrom roots: [(Diagnostic.Operation, [SchemaPair])], to report: inout ChangeAssembly
    ) {
        let relevant = pairs.relevantPairs()
        guard !relevant.isEmpty else { return }
        var affected: [SchemaPair: [Diagnostic.Operation]] = [:]
        for (operation, reached) in roots {
            for pair in pairs.pairsWithFindings(reachedFrom: reached, relevant: relevant) {
                affected[pair, default: []].append(operation)
            }
        }
        for (pair, operations) in affected {
            for finding in pairs.findings[pair] ?? [] {
                report.add(shared: finding, expanded: pairs.expand(finding.path), operations: operations)
            }
        }
    }

    /// `operation-removed`: breaking, unless the base deprecated it with a sunset date that has passed.
    private static func removal(
        of operation: NormalizedOperation, match: OperationMatch, in document: RawDocument?, today: String
    ) -> Finding {
        let path = DiffPath(root: match.root)
        let ref = OperationRef(method: operation.method, path: operation.path, isWebhook: match.isWebhook)
        let sunset = document.flatMap { SourceLocator(document: $0).operation(ref) }.flatMap {
            SunsetDate.date(of: $0.1.operation)
        }
        if operation.deprecated, let sunset, sunset <= today {
            return Finding(
                kind: .operationRemoved, level: .info,
                message: "deprecated operation removed after its sunset date '\(sunset)'", path: path, side: .base)
        }
        let message =
            if operation.deprecated, let sunset {
                "deprecated operation removed before its sunset date '\(sunset)'"
            } else if operation.deprecated {
                "deprecated operation removed without a sunset date"
            } else {
                "operation removed"
            }
        return Finding(kind: .operationRemoved, level: .error, message: message, path: path, side: .base)
    }

    private static func compareServers(_ old: [NormalizedServer], _ new: [NormalizedServer]) -> [Finding] {
        let (before, after) = (Set(old.map(\.url)), Set(new.map(\.url)))
        let root = DiffPath(root: .document)
        let removed = old.filter { !after.contains($0.url) }.map { server in
            Finding(
                kind: .serverRemoved, level: .warning, message: "server '\(server.url)' removed",
                path: root.appending(.server(server.url)), side: .base)
        }
        let added = new.filter { !before.contains($0.url) }.map { server in
            Finding(
                kind: .serverAdded, level: .info, message: "server '\(server.url)' added",
                path: root.appending(.server(server.url)), side: .revision)
        }
        var variables: [Finding] = []
        for server in new {
            guard let base = old.first(where: { $0.url == server.url }) else { continue }
            variables += compareServerVariables(base, server, path: root.appending(.server(server.url)))
        }
        return removed + added + variables
    }

    /// Changes to the variables of a server both versions have (matched by URL, so by placeholder names too):
    /// values a client could pick that it no longer can, and changed defaults.
    private static func compareServerVariables(
        _ old: NormalizedServer, _ new: NormalizedServer, path: DiffPath
    ) -> [Finding] {
        var findings: [Finding] = []
        func quoted(_ values: [String]) -> String { values.map { "'\($0)'" }.joined(separator: ", ") }
        for variable in new.variables ?? [] {
            guard let before = old.variables?.first(where: { $0.name == variable.name }) else { continue }
            let subject = "variable '\(variable.name)' of server '\(new.url)'"
            let oldValues = before.enumValues ?? [], newValues = variable.enumValues ?? []
            if !newValues.isEmpty {
                if oldValues.isEmpty {
                    findings.append(Finding(
                        kind: .serverVariableValueRemoved, level: .warning,
                        message: "\(subject) is now limited to \(quoted(newValues))", path: path, side: .revision))
                } else {
                    let gone = oldValues.filter { !newValues.contains($0) }
                    if !gone.isEmpty {
                        findings.append(Finding(
                            kind: .serverVariableValueRemoved, level: .warning,
                            message: "\(subject) no longer allows \(quoted(gone))", path: path, side: .revision))
                    }
                }
            }
            if before.defaultValue != variable.defaultValue {
                findings.append(Finding(
                    kind: .serverVariableDefaultChanged, level: .info,
                    message: "default of \(subject) changed from '\(before.defaultValue)' to '\(variable.defaultValue)'",
                    path: path, side: .revision))
            }
        }
        return findings
    }
}
