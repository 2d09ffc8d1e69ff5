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

    /// The built `specc` beside the test bundle (SwiftPM builds every product before running tests).
    public static let speccBinary: String = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("specc").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot + "/.build/debug/specc"
    }()

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
