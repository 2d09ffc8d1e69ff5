import Foundation
import SpecModel

/// The sunset date of a deprecated operation: `x-sunset` (or `sunset`) on the operation, as an RFC 3339 date
/// or date-time (`2024-06-30`, `2024-06-30T00:00:00Z`); only the date part is compared.
public enum SunsetDate {
    /// The keys read, in order.
    static let keys = ["x-sunset", "sunset"]

    /// Today in UTC as `YYYY-MM-DD`.
    public static func today(_ now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// The `YYYY-MM-DD` date an operation node declares, when it declares a readable one.
    static func date(of operation: SpecModel.Operation) -> String? {
        for key in keys {
            guard let text = operation.node[key]?.scalar?.text else { continue }
            let prefix = String(text.prefix(10))
            let bytes = Array(prefix.utf8)
            let digits: Set<Int> = [0, 1, 2, 3, 5, 6, 8, 9]
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) })
            else { continue }
            return prefix
        }
        return nil
    }
}
