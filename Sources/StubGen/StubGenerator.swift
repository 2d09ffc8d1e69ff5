import Dispatch
import Synchronization
import SpecNormalizer
import TemplateEngine

/// Generates Swift client and server stubs for a normalized API: a pure function from the API, the
/// configuration and the templates to a sorted list of files.
///
/// Output is split into many small files (schemas by initial, operations by tag) so the Swift compiler
/// can type-check them in parallel, and an edit to one schema rewrites one file.
public enum StubGenerator {
    /// Files for `api`, sorted by path.
    public static func generate(
        api fullAPI: API, config: StubConfig, templates: StubTemplates
    ) throws(TemplateError) -> [GeneratedFile] {
        let api = StubFilter.apply(to: fullAPI, config: config)
        let types = TypeBuilder(api: api, overrides: config.nameOverrides)
        let operationsBuilder = OperationBuilder(types: types, api: api)
        let operations = operationsBuilder.declarations(of: api.operations, namespace: "Operations", overrides: config.nameOverrides)
        let webhooks = operationsBuilder.declarations(
            of: api.webhooks.map { webhook in
                var webhook = webhook
                if !webhook.path.hasPrefix("/") { webhook.path = "/webhooks/" + webhook.path }
                return webhook
            }, namespace: "Webhooks", overrides: config.nameOverrides)
        let callbacks = operationsBuilder.declarations(
            of: CallbackOperations.flatten(api.operations + api.webhooks), namespace: "Callbacks",
            overrides: config.nameOverrides)
        let common = CommonValues(api: api, config: config)

        var jobs: [(path: String, template: String, view: any TemplateObject)] = []
        func add(_ path: String, _ template: String, _ values: [String: TemplateValue]) {
            jobs.append((path, template, common.view(values)))
        }
        if config.modes.contains(.types) {
            for file in StubTemplates.supportFiles { add(file, "swift/" + file, [:]) }
            add("Namespaces.swift", "swift/namespaces", [
                "hasWebhooks": .flag(!webhooks.isEmpty), "hasCallbacks": .flag(!callbacks.isEmpty),
            ])
            for (group, names) in SchemaGroups.split(api.schemas.map(\.name), swiftNames: types.swiftNames) {
                let decls = names.flatMap { types.declaration(of: $0) }
                add("Schemas+\(group).swift", "swift/schemas", ["types": .list(decls.map { .object(TypeDeclView(decl: $0)) })])
            }
            for (group, members) in OperationGroups.split(operations) {
                add("Operations+\(group).swift", "swift/operations", common.operations(members, namespace: "Operations"))
            }
            for (group, members) in OperationGroups.split(webhooks) {
                add("Webhooks+\(group).swift", "swift/operations", common.operations(members, namespace: "Webhooks"))
            }
            for (group, members) in OperationGroups.split(callbacks) {
                add("Callbacks+\(group).swift", "swift/operations", common.operations(members, namespace: "Callbacks"))
            }
        }
        if config.modes.contains(.client) {
            add("Client.swift", "swift/client", CredentialsViews.values(for: api))
            for (group, members) in OperationGroups.split(operations) {
                add("Client+\(group).swift", "swift/client-operations", common.operations(members, namespace: "Operations", marksDeprecation: true))
            }
        }
        if config.modes.contains(.server) {
            for (namespace, list, protocolName, register, prefix) in [
                ("Operations", operations, "APIProtocol", "registerHandlers", "register"),
                ("Webhooks", webhooks, "WebhooksProtocol", "registerWebhookHandlers", "registerWebhooks"),
                ("Callbacks", callbacks, "CallbacksProtocol", "registerCallbackHandlers", "registerCallbacks"),
            ] where !list.isEmpty || namespace == "Operations" {
                let groups = OperationGroups.split(list)
                var values = common.operations(list, namespace: namespace)
                values["protocolName"] = .text(protocolName)
                values["registerFunction"] = .text(register)
                values["kind"] = .text(["Operations": "operation", "Webhooks": "webhook"][namespace] ?? "callback")
                values["groups"] = .list(groups.map { .text(prefix + $0.0) })
                let file = namespace == "Operations" ? "Server" : namespace + "Server"
                add("\(file).swift", "swift/server", values)
                for (group, members) in groups {
                    var groupValues = common.operations(members, namespace: namespace)
                    groupValues["protocolName"] = .text(protocolName)
                    groupValues["groupFunction"] = .text(prefix + group)
                    add("\(file)+\(group).swift", "swift/server-operations", groupValues)
                }
            }
        }

        // Render in parallel: each file is independent and templates are immutable.
        let library = templates.library
        let results = Mutex<[Int: Result<String, TemplateError>]>([:])
        let frozenJobs = jobs
        DispatchQueue.concurrentPerform(iterations: frozenJobs.count) { index in
            let job = frozenJobs[index]
            let result = Result { () throws(TemplateError) -> String in try library.render(job.template, job.view) }
            results.withLock { $0[index] = result }
        }
        let rendered = results.withLock { $0 }
        var files: [GeneratedFile] = []
        for (index, job) in jobs.enumerated() {
            switch rendered[index] {
            case .success(let text): files.append(GeneratedFile(path: job.path, contents: Self.tidy(text)))
            case .failure(let error): throw error
            case nil: break
            }
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// Layout clean-up after rendering: no trailing spaces, no runs of blank lines, no blank line right
    /// after an opening brace or before a closing one, one newline at the end. Templates can then put a
    /// blank line after every member without tracking which one is last. Works on UTF-8 bytes: this runs
    /// over every generated byte (a String-and-Character version took a third of the generation time).
    static func tidy(_ text: String) -> String {
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}"), tab = UInt8(ascii: "\t"), carriage = UInt8(ascii: "\r")
        // State of what `output` ends with.
        var lastLineBlank = true  // at the start, blank lines are dropped
        var lastLineEndsWithOpen = false
        var pendingBlank = false
        var start = 0
        while start < input.count {
            var end = start
            while end < input.count && input[end] != newline { end += 1 }
            var trimmed = end
            while trimmed > start && (input[trimmed - 1] == space || input[trimmed - 1] == tab || input[trimmed - 1] == carriage) {
                trimmed -= 1
            }
            if trimmed == start {
                // A blank line: kept (once) unless it follows a blank line or an opening brace.
                if !lastLineBlank && !lastLineEndsWithOpen { pendingBlank = true }
            } else {
                var first = start
                while first < trimmed && input[first] == space { first += 1 }
                if pendingBlank && input[first] != close { output.append(newline) }
                pendingBlank = false
                output.append(contentsOf: input[start..<trimmed])
                output.append(newline)
                lastLineBlank = false
                lastLineEndsWithOpen = input[trimmed - 1] == open
            }
            start = end + 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Values every file's view shares (access level, source name, imports).
struct CommonValues: Sendable {
    let api: API
    let config: StubConfig

    func view(_ values: [String: TemplateValue]) -> any TemplateObject {
        var all: [String: TemplateValue] = [
            "access": .text(config.access.rawValue),
            "source": .text(config.sourceName),
            "title": .text(api.title),
            "imports": .list(["Foundation", "HTTPTypes", "OpenAPIRuntime"].map { .text($0) }),
        ]
        all.merge(values) { _, new in new }
        return TemplateDictionary(all)
    }

    func operations(_ members: [OperationDecl], namespace: String, marksDeprecation: Bool = false) -> [String: TemplateValue] {
        [
            "namespace": .text(namespace),
            "operations": .list(members.enumerated().map {
                .object(OperationView(decl: $1, namespace: namespace, last: $0 == members.count - 1, marksDeprecation: marksDeprecation))
            }),
        ]
    }
}

