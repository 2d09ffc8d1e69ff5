import Foundation

/// A folder under the system's temporary directory that is removed, with everything in it, when the last
/// reference to this value goes away.
///
/// A suite keeps one as a stored property. Swift Testing makes a new suite instance for every test and drops it
/// when the test ends, so each test gets its own folder and none is left behind in `/tmp`. The folder itself is
/// not created here: tests create what they need inside `path`.
public final class ScratchFolder: Sendable {
    /// The folder's absolute path: `<temporary directory>/<prefix>-<UUID>`, without a trailing slash.
    public let path: String

    /// The same path as a file URL.
    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// Chooses a new, unused path whose last component starts with `prefix`.
    public init(_ prefix: String) {
        let root = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
        path = root + prefix + "-" + UUID().uuidString
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
