import SpecDiagnostics
import SpecModel

// TEMPORARY: replaced by the strict JSON reader being written now (helper task). Delegates to YAML.
public struct JSONReader {
    let file: SourceFile
    let fileID: FileID
    let limits: ReaderLimits
    public init(file: SourceFile, fileID: FileID, limits: ReaderLimits = .default) {
        self.file = file
        self.fileID = fileID
        self.limits = limits
    }
    public func read(into sink: any DiagnosticSink) -> Node? {
        YAMLReader(file: file, fileID: fileID, limits: limits).read(into: sink)
    }
}
