import SpecDiagnostics

/// One file of a (possibly multi-file) document.
public struct LoadedFile: Sendable {
    /// Its id.
    public var id: FileID
    /// The normalized path it was read from, the key refs resolve against (`spec/schemas/pet.yaml`).
    public var path: String
    /// The parsed tree; nil when the file could not be read or parsed (already reported).
    public var root: Node?

    /// Creates a loaded file.
    public init(id: FileID, path: String, root: Node?) {
        self.id = id
        self.path = path
        self.root = root
    }
}

/// What a `$ref` string resolves to.
public enum RefResolution: Sendable, Hashable {
    /// A node in a loaded file.
    case resolved(RefTarget)
    /// An `http(s)://` or other absolute URI: we are offline by design.
    case remote(String)
    /// The file part names a file that could not be read.
    case missingFile(path: String)
    /// The fragment is not a JSON pointer (plain-name anchors are not supported).
    case invalidPointer(String)
    /// The pointer names nothing in its file.
    case missingTarget(file: String, pointer: JSONPointer)
}

/// Every file of a document, parsed, and the rules that turn a `$ref` into a node.
public struct DocumentSet: Sendable {
    /// The source table positions refer to.
    public let sources: SourceFileTable
    /// Files by id.
    public private(set) var files: [LoadedFile]
    /// Files by normalized path.
    private var idsByPath: [String: FileID]
    /// The file the user named.
    public let rootFile: FileID
    /// Files that refs named but that could not be read, by normalized path, with the reason.
    public let loadFailures: [String: String]

    /// Creates a set holding the files already added to `sources`, in id order.
    public init(sources: SourceFileTable, files: [LoadedFile], rootFile: FileID, loadFailures: [String: String] = [:]) {
        self.sources = sources
        self.files = files
        self.rootFile = rootFile
        self.loadFailures = loadFailures
        var ids: [String: FileID] = [:]
        for file in files { ids[file.path] = file.id }
        self.idsByPath = ids
    }

    /// The root node of the document the user named.
    public var root: Node? { files[Int(rootFile.rawValue)].root }

    /// The loaded file with this id.
    public func file(_ id: FileID) -> LoadedFile { files[Int(id.rawValue)] }

    /// The file loaded from a normalized path.
    public func file(atPath path: String) -> LoadedFile? { idsByPath[path].map { files[Int($0.rawValue)] } }

    /// The node a resolved target names.
    public func node(at target: RefTarget) -> Node? {
        file(target.file).root?.resolve(target.pointer)
    }

    /// Resolves a `$ref` written in file `from`.
    public func resolve(_ text: String, from: FileID) -> RefResolution {
        let reference = DocumentSet.split(text)
        if DocumentSet.isAbsoluteURI(reference.path) { return .remote(text) }
        let fileID: FileID
        if reference.path.isEmpty {
            fileID = from
        } else {
            let path = DocumentSet.resolvePath(reference.path, relativeTo: file(from).path)
            guard let id = idsByPath[path], file(id).root != nil else { return .missingFile(path: path) }
            fileID = id
        }
        guard let pointer = JSONPointer(fragment: reference.fragment) else { return .invalidPointer(text) }
        let target = RefTarget(file: fileID, pointer: pointer)
        guard node(at: target) != nil else { return .missingTarget(file: file(fileID).path, pointer: pointer) }
        return .resolved(target)
    }

    /// Splits a reference into its (percent-decoded) file part and its raw fragment.
    public static func split(_ text: String) -> (path: String, fragment: String) {
        guard let hash = text.firstIndex(of: "#") else { return (decodePath(text), "") }
        return (decodePath(String(text[..<hash])), String(text[text.index(after: hash)...]))
    }

    private static func decodePath(_ path: String) -> String {
        JSONPointer.percentDecode(path) ?? path
    }

    /// Whether a reference's file part is an absolute URI (`https://...`, `urn:...`), not a relative path.
    public static func isAbsoluteURI(_ path: String) -> Bool {
        guard let colon = path.firstIndex(of: ":") else { return false }
        let scheme = path[..<colon]
        // A Windows drive letter is not a scheme; a scheme is at least two letters.
        guard scheme.count >= 2, let first = scheme.first, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// Resolves `relative` against the folder of `base` and normalizes `.` and `..` segments.
    public static func resolvePath(_ relative: String, relativeTo base: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        guard let slash = base.lastIndex(of: "/") else { return normalize(relative) }
        return normalize(String(base[...slash]) + relative)
    }

    /// Removes `.` segments and empty segments, and folds `..` into the segment before it where there is one.
    ///
    /// Works on UTF-8 bytes: DigitalOcean's 2,907 files make tens of thousands of calls, and `Character`-based
    /// splitting was a sixth of its validation time.
    public static func normalize(_ path: String) -> String {
        var utf8 = Array(path.utf8)
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        let absolute = utf8.first == slash
        // Fast path: nothing to fold (no `//`, no `.` or `..` segment, no trailing slash).
        var clean = !utf8.isEmpty && utf8.last != slash
        if clean {
            var segmentStart = 0
            for index in 0...utf8.count {
                guard index == utf8.count || utf8[index] == slash else { continue }
                let length = index - segmentStart
                if (length == 0 && index > 0) || (length == 1 && utf8[segmentStart] == dot)
                    || (length == 2 && utf8[segmentStart] == dot && utf8[segmentStart + 1] == dot)
                {
                    clean = false
                    break
                }
                segmentStart = index + 1
            }
        }
        if clean { return path }
        var segments: [ArraySlice<UInt8>] = []
        var segmentStart = 0
        utf8.append(slash)
        for index in 0..<utf8.count where utf8[index] == slash {
            let segment = utf8[segmentStart..<index]
            segmentStart = index + 1
            if segment.isEmpty || segment.elementsEqual([dot]) { continue }
            if segment.elementsEqual([dot, dot]) {
                if let last = segments.last, !last.elementsEqual([dot, dot]) {
                    segments.removeLast()
                    continue
                }
                if absolute { continue }
            }
            segments.append(segment)
        }
        var out: [UInt8] = absolute ? [slash] : []
        for (offset, segment) in segments.enumerated() {
            if offset > 0 { out.append(slash) }
            out.append(contentsOf: segment)
        }
        if out.isEmpty { return "." }
        return String(decoding: out, as: UTF8.self)
    }
}
