import Foundation
import Pipeline
import SpecDiagnostics
import SpecNormalizer

extension ScanUploader {
    /// Checks the options and builds the payload, without any network: the key is there, the URL is an
    /// `http` or `https` URL, the service name fits, the document exists and is at most
    /// `ScanOptions.maxDocumentBytes` (checked before it is parsed), and it normalizes. Findings that leave the
    /// document usable do not stop the scan: they are part of the payload.
    public func prepare(_ options: ScanOptions) throws(ScanError) -> PreparedScan {
        guard let apiKey = options.apiKey, !apiKey.isEmpty else { throw .missingAPIKey }
        let url = try Self.serverURL(options.apiURL)
        try Self.checkServiceName(options.service)
        try Self.checkFile(options.specPath, limit: ScanOptions.maxDocumentBytes)

        var config = options.config
        // Files the document's $refs name get the same limit; one over it is a finding of the document.
        config.limits.maxFileBytes = min(config.limits.maxFileBytes, ScanOptions.maxDocumentBytes)
        let result = Pipeline(config: config).normalize(options.specPath)
        let findings = result.validation.diagnostics
        guard let api = result.api, let hash = result.hash else {
            let errors = findings.filter { $0.severity == .error }
            let shown = errors.isEmpty ? findings : errors
            throw .invalidDocument(
                path: options.specPath, findings: Array(shown.prefix(ScanError.listedFindings)),
                errorCount: shown.count)
        }
        let built: ScanPayload.Built
        do {
            built = try ScanPayload.make(api: api, findings: findings, serviceName: options.service, hash: hash)
        } catch {
            throw .invalidPayload(error.description)
        }
        var warnings = built.truncations.map { "scan payload: \($0)" }
        if url.scheme?.lowercased() == "http", let host = url.host, !Self.isLoopback(host) {
            warnings.append("the API key is sent unencrypted to '\(host)' over plain HTTP; use an https URL")
        }
        return PreparedScan(serverURL: url, apiKey: apiKey, payload: built.payload, warnings: warnings)
    }

    /// `text` as a server URL: absolute, `http` or `https`, with a host.
    static func serverURL(_ text: String) throws(ScanError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else {
            throw .invalidAPIURL(TerminalText.printable(text))
        }
        return url
    }

    /// The server takes 1 to 120 characters. A longer name is refused here rather than cut as other payload
    /// fields are: a cut name would file the scan under a different service.
    static func checkServiceName(_ name: String) throws(ScanError) {
        let length = name.utf16.count
        if length == 0 {
            throw .invalidServiceName("the service name is empty; expected 1 to \(ScanLimits.serviceName) characters")
        }
        if length > ScanLimits.serviceName {
            throw .invalidServiceName(
                "the service name is \(length) characters long; the server accepts at most \(ScanLimits.serviceName)")
        }
    }

    /// Refuses a missing file, a folder and a file over `limit` bytes before anything parses it.
    static func checkFile(_ path: String, limit: Int) throws(ScanError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .specNotFound(path: path)
            case EACCES: throw .specUnreadable(path: path, reason: "permission denied")
            default: throw .specUnreadable(path: path, reason: String(cString: strerror(errno)))
            }
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw .specUnreadable(path: path, reason: "it is a folder, not a file")
        }
        let size = Int(info.st_size)
        if size > limit { throw .specTooLarge(path: path, size: size, limit: limit) }
    }

    /// Whether `host` is this machine: `localhost`, 127.0.0.0/8 or `::1`.
    static func isLoopback(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return bare.lowercased() == "localhost" || bare.hasPrefix("127.") || bare == "::1"
    }
}
