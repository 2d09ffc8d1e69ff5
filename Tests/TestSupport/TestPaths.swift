import Foundation

/// Paths the tests read from, found from this file's location so tests run from any working directory.
public enum TestPaths {
    /// The package root.
    public static let packageRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    /// `Tests/Fixtures`.
    public static var fixtures: String { packageRoot + "/Tests/Fixtures" }

    /// `../shared/corpus` beside the package (read-only reference documents).
    public static var corpus: String {
        URL(fileURLWithPath: packageRoot).deletingLastPathComponent().appendingPathComponent("shared/corpus").path
    }

    /// The names of the sub-folders of `folder`, sorted.
    public static func subfolders(of folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }
}
