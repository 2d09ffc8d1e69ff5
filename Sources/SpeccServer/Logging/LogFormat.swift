import Logging

/// How `specc serve` writes its log to standard error: swift-log's plain text, or one JSON object per line.
public enum LogFormat: String, CaseIterable, Sendable {
    case text
    case json

    /// A logger in this format at `level`.
    public func logger(label: String, level: Logger.Level) -> Logger {
        var logger: Logger
        switch self {
        case .text: logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
        case .json: logger = Logger(label: label) { JSONLogHandler(label: $0) }
        }
        logger.logLevel = level
        return logger
    }
}
