import Pipeline

/// What one `specc scan` run is asked to do: which document to upload, under which service, to which server,
/// with which key.
public struct ScanOptions: Sendable {
    /// The server `specc scan` talks to when neither `--api-url` nor `SPECC_API_URL` names one: the reference
    /// server's default address.
    public static let defaultAPIURL = "http://127.0.0.1:8080"
    /// The environment variable holding the API key.
    public static let apiKeyVariable = "SPECC_API_KEY"
    /// The environment variable holding the server URL.
    public static let apiURLVariable = "SPECC_API_URL"
    /// Largest document file read, in bytes (10 MB, counted as MiB). The server stores the normalized payload,
    /// not the document, so this only keeps a run on a huge or wrong file short and clear.
    public static let maxDocumentBytes = 10 * 1024 * 1024

    /// Service name, 1 to 120 characters; the server creates the service on its first scan.
    public var service: String
    /// Path of the OpenAPI document (YAML or JSON); its relative `$ref`s are followed.
    public var specPath: String
    /// The API key; nil or empty when none was given. Never printed.
    public var apiKey: String?
    /// The server's base URL (`http://127.0.0.1:8080`); operation paths are appended to it.
    public var apiURL: String
    /// Rule levels and limits for validating the document, as for `specc normalize`.
    public var config: PipelineConfig

    /// Creates options; `apiKey` and `apiURL` are taken as given (see `resolved` for the environment).
    public init(
        service: String, specPath: String, apiKey: String?, apiURL: String = ScanOptions.defaultAPIURL,
        config: PipelineConfig = PipelineConfig()
    ) {
        self.service = service
        self.specPath = specPath
        self.apiKey = apiKey
        self.apiURL = apiURL
        self.config = config
    }

    /// Options where a flag wins over the environment, and the environment over the default: the key from
    /// `apiKey` or `SPECC_API_KEY`, the URL from `apiURL`, `SPECC_API_URL` or `defaultAPIURL`. Empty values
    /// count as absent, so `SPECC_API_KEY=` does not send an empty key.
    public static func resolved(
        service: String, specPath: String, apiKey: String?, apiURL: String?, environment: [String: String],
        config: PipelineConfig = PipelineConfig()
    ) -> ScanOptions {
        func present(_ value: String?) -> String? {
            guard let value, !value.isEmpty else { return nil }
            return value
        }
        return ScanOptions(
            service: service, specPath: specPath,
            apiKey: present(apiKey) ?? present(environment[apiKeyVariable]),
            apiURL: present(apiURL) ?? present(environment[apiURLVariable]) ?? defaultAPIURL,
            config: config)
    }
}
