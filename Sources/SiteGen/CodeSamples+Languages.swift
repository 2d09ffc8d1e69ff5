import SpecNormalizer

extension CodeSamples {
    /// `curl`: credentials in double quotes so the shell expands `$TOKEN`; everything else single-quoted.
    static func curl(_ request: SampleRequest) -> String {
        let query = queryString(request.query)
        let url = request.url + (query.isEmpty ? "" : "?" + query)
        var code = "curl -X \(request.method) '\(shellQuoted(url))'"
        for (name, value) in request.headers {
            if let credential = value.credential {
                code += " \\\n  -H \"\(name): \(value.text)$\(credential)\""
            } else {
                code += " \\\n  -H '\(shellQuoted(name + ": " + value.text))'"
            }
        }
        if let body = request.body { code += " \\\n  -d '\(shellQuoted(JSONText.pretty(body)))'" }
        return code
    }

    /// Python with `requests`; credentials from the environment.
    static func python(_ request: SampleRequest) -> String {
        let usesEnvironment = request.headers.contains { $0.value.credential != nil }
        let simple = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
        var code = (usesEnvironment ? "import os\n" : "") + "import requests\n\n"
        code += simple.contains(request.method)
            ? "response = requests.\(request.method.lowercased())(\n    \(JSONText.quote(request.url)),\n"
            : "response = requests.request(\n    \(JSONText.quote(request.method)),\n    \(JSONText.quote(request.url)),\n"
        if !request.query.isEmpty {
            let members = request.query.map { "\(JSONText.quote($0.name)): \(JSONText.quote($0.value))" }
            code += "    params={\(members.joined(separator: ", "))},\n"
        }
        if !request.headers.isEmpty {
            code += "    headers={\n"
            for (name, value) in request.headers {
                let text = value.credential.map { "\(JSONText.quote(value.text)) + os.environ[\(JSONText.quote($0))]" }
                    ?? JSONText.quote(value.text)
                code += "        \(JSONText.quote(name)): \(text),\n"
            }
            code += "    },\n"
        }
        if let body = request.body {
            code += "    json=\(literal(body, null: "None", yes: "True", no: "False", level: 1)),\n"
        }
        return code + ")\nprint(response.status_code, response.text)"
    }

    /// JavaScript with `fetch` (browsers and Node 18+); credentials from `process.env`.
    static func javaScript(_ request: SampleRequest) -> String {
        let query = queryString(request.query)
        let url = request.url + (query.isEmpty ? "" : "?" + query)
        var code = "const response = await fetch(\(JSONText.quote(url)), {\n  method: \(JSONText.quote(request.method)),\n"
        if !request.headers.isEmpty {
            code += "  headers: {\n"
            let lines = request.headers.map { name, value in
                let text = value.credential.map { "\(JSONText.quote(value.text)) + process.env.\($0)" }
                    ?? JSONText.quote(value.text)
                return "    \(JSONText.quote(name)): \(text)"
            }
            code += lines.joined(separator: ",\n") + "\n  },\n"
        }
        if let body = request.body {
            code += "  body: JSON.stringify(\(literal(body, null: "null", yes: "true", no: "false", level: 1))),\n"
        }
        return code + "});\nconsole.log(response.status, await response.text());"
    }

    /// A JSON-like literal indented by `level` steps of four (Python) or two spaces, keys sorted.
    static func literal(_ value: JSONValue, null: String, yes: String, no: String, level: Int) -> String {
        let step = null == "None" ? "    " : "  "
        let pad = { (depth: Int) in String(repeating: step, count: depth) }
        switch value {
        case .null: return null
        case .bool(let flag): return flag ? yes : no
        case .array(let items):
            if items.isEmpty { return "[]" }
            let parts = items.map { pad(level + 1) + literal($0, null: null, yes: yes, no: no, level: level + 1) }
            return "[\n" + parts.joined(separator: ",\n") + "\n" + pad(level) + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let parts = members.keys.sorted().map { key in
                pad(level + 1) + JSONText.quote(key) + ": " + literal(members[key]!, null: null, yes: yes, no: no, level: level + 1)
            }
            return "{\n" + parts.joined(separator: ",\n") + "\n" + pad(level) + "}"
        default: return JSONText.compact(value)
        }
    }

    private static func shellQuoted(_ text: String) -> String {
        text.replacingOccurrences(of: "'", with: "'\\''")
    }
}
