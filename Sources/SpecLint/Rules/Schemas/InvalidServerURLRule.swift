import SpecDiagnostics
import SpecModel

/// A server URL that is neither an absolute URL nor a relative reference once its `{variables}` take their
/// defaults: spaces, characters URLs cannot hold, a bad `%` escape, unbalanced braces, a non-numeric port, an
/// `http` URL without a host. Placeholders without a variable (`undefined-server-variable`) expand to `0`.
struct InvalidServerURLRule: LintRule {
    let id: DiagnosticID = "invalid-server-url"
    let defaultSeverity: Severity = .error
    let summary = "a server URL is not a valid URL once its variables take their defaults"

    func check(_ context: LintContext) {
        SchemaWalker.forEachServer(in: context.document) { server in
            guard let url = server.url else { return }
            let template = ServerURLTemplate(url.value)
            if let problem = template.braceProblem {
                context.report("server url '\(url.value)' is not a valid URL template: \(problem)", at: url.span)
                return
            }
            var defaults: [String: String] = [:]
            for variable in server.variables {
                if let value = variable.value.defaultValue?.scalar?.text { defaults[variable.name] = value }
            }
            let expanded = template.expanded(defaults)
            guard let problem = ServerURLTemplate.urlProblem(expanded) else { return }
            let shown = expanded == url.value ? "" : " (with its variables' defaults: '\(expanded)')"
            context.report("server url '\(url.value)' is not a valid URL\(shown): \(problem)", at: url.span)
        }
    }
}
