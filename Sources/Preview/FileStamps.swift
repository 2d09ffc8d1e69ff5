import Foundation

/// The modification time and size of each of a set of files, taken again and compared to notice edits.
///
/// Polling a handful of stamps every half second costs next to nothing and needs no platform file-watching API.
struct FileStamps: Equatable, Sendable {
    /// What one file looked like; `missing` for a file that does not exist (yet).
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int

        static let missing = Stamp(seconds: -1, nanoseconds: -1, size: -1)
    }

    private(set) var stamps: [String: Stamp] = [:]

    /// The stamps of `paths`; relative paths are taken from `baseDirectory` (the working directory when nil).
    static func take(_ paths: some Sequence<String>, baseDirectory: String? = nil) -> FileStamps {
        var result = FileStamps()
        for path in paths {
            let onDisk = baseDirectory.map { path.hasPrefix("/") ? path : $0 + "/" + path } ?? path
            result.stamps[path] = stamp(of: onDisk)
        }
        return result
    }

    /// Adds the stamps of `other` for paths not stamped yet.
    mutating func merge(_ other: FileStamps) {
        stamps.merge(other.stamps) { mine, _ in mine }
    }

    /// Whether a file stamped here is new to `earlier` or looks different there. Paths only `earlier` has do
    /// not count: a file the last build stopped reading is no reason to build again.
    func differs(from earlier: FileStamps) -> Bool {
        stamps.contains { path, stamp in earlier.stamps[path] != stamp }
    }

    /// The paths stamped.
    var paths: Set<String> { Set(stamps.keys) }

    private static func stamp(of path: String) -> Stamp {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        return Stamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int(info.st_size))
    }
}
