import SpecDiagnostics
import SpecModel

/// A `{name}` in a server URL with no entry in the server's `variables`: clients cannot build the URL.
struct UndefinedServerVariableRule: LintRule {
    let id: DiagnosticID = "undefined-server-variable"
    let defaultSeverity: Severity = .error
    let summary = "a server URL uses a '{variable}' that the server does not define"

    func check(_ context: LintContext) {
        SchemaWalker.forEachServer(in: context.document) { server in
            guard let url = server.url else { return }
            let defined = Set(server.variables.map(\.name))
            for name in ServerURLTemplate(url.value).variableNames where !defined.contains(name) {
                var notes: [(String, SourceSpan?)] = []
                if let suggestion = Suggestions.closest(to: name, in: defined),
                    let variable = server.variables.first(where: { $0.name == suggestion })
                {
                    notes.append(("did you mean '\(suggestion)'? it is defined here", variable.nameSpan))
                }
                context.report(
                    "server url uses '{\(name)}', but '\(name)' is not defined in the server's 'variables'",
                    at: url.span, notes: notes)
            }
        }
    }
}
