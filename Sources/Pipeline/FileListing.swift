import Foundation

/// A file system that can list the files under a folder; `check` needs it to find extra files.
///
/// Kept apart from `FileSystem` so readers that cannot list (a git revision) still conform to that one.
public protocol FileListing {
    /// Every regular file under `folder`, recursively, as paths relative to it with `/` separators, sorted.
    /// Empty when the folder does not exist.
    func files(under folder: String) -> [String]
}

extension DiskFileSystem: FileListing {
    public func files(under folder: String) -> [String] {
        let absolute = baseDirectory.map { folder.hasPrefix("/") ? folder : $0 + "/" + folder } ?? folder
        guard let enumerator = FileManager.default.enumerator(atPath: absolute) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = absolute + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(relative)
            }
        }
        return paths.sorted()
    }
}

extension MemoryFileSystem: FileListing {
    public func files(under folder: String) -> [String] {
        let prefix = folder.isEmpty || folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        return files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
    }
}
