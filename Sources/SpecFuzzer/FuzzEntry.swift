import SpecDiagnostics
import SpecModel
import SpecParser

/// Feeds one input through the front end: YAML or JSON reader, then the model builder. Any crash, hang or
/// sanitizer report is a bug; findings are the expected outcome for garbage.
func fuzzOne(_ bytes: [UInt8]) {
    let limits = ReaderLimits(
        maxFileBytes: 1 << 20, maxDepth: 64, maxAliasExpansion: 100_000, maxFiles: 1, maxTotalBytes: 1 << 20)
    let sink = DiagnosticCollector()
    // Both readers see every input: `.json` forces the strict JSON reader, `.yaml` tries JSON then YAML.
    for path in ["fuzz.yaml", "fuzz.json"] {
        let table = SourceFileTable()
        let file = SourceFile(path: path, bytes: bytes)
        let id = table.add(file)
        let root = DocumentReader.read(file, id: id, limits: limits, into: sink)
        let files = DocumentSet(sources: table, files: [LoadedFile(id: id, path: path, root: root)], rootFile: id)
        if root != nil { _ = ModelBuilder.build(files, into: sink) }
    }
    for diagnostic in sink.diagnostics { _ = diagnostic.formatted }
}

#if FUZZING
/// libFuzzer's entry point (built with `-sanitize=fuzzer`, see scripts/fuzz).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links executables with `main` aliased to `<Module>_main`, which keeps libFuzzer's own `main` out
/// of the link; so we start libFuzzer's driver ourselves.
@_cdecl("SpecFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzerTestOneInput(data, size) }
}
#else
import Foundation

/// Without the fuzzer: replays saved inputs (crash reproducers, the seed corpus) given as arguments.
@main
struct FuzzReplay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("cannot read \(path)")
                continue
            }
            fuzzOne([UInt8](data))
        }
        print("replayed \(paths.count) inputs")
    }
}
#endif
