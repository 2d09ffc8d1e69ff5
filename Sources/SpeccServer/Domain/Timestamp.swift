import Foundation

/// Times as stored: UTC ISO 8601 with milliseconds (`2025-11-20T09:15:00.000Z`), which sorts as text.
enum Timestamp {
    static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(secondsFromGMT: 0)!)
    static let plainStyle = Date.ISO8601FormatStyle(timeZone: TimeZone(secondsFromGMT: 0)!)

    static func text(_ date: Date) -> String { style.format(date) }

    static func date(_ text: String) throws -> Date {
        if let date = try? style.parse(text) { return date }
        if let date = try? plainStyle.parse(text) { return date }
        throw StorageError.corrupt("'\(text)' is not a timestamp")
    }

    static func optionalDate(_ text: String?) throws -> Date? {
        guard let text else { return nil }
        return try date(text)
    }
}
