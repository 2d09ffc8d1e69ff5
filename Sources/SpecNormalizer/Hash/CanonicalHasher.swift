import Crypto
import SpecModel

/// The identity of an API description: SHA-256 of the canonical JSON form of the resolved document.
///
/// The same API hashes the same whether it is written as YAML or JSON, with its keys in any order, or split
/// over several files (a component defined inline or as `Pet: {$ref: './pet.yaml'}`). Any change to what the
/// document says, descriptions included, changes the hash. `docs/hash.md` defines the canonical form.
public enum CanonicalHasher {
    /// The hash of a document: 64 lower-case hexadecimal digits.
    public static func hash(_ document: RawDocument) -> String {
        hash(files: document.files)
    }

    /// The hash of a loaded set of files (the typed model is not needed).
    public static func hash(files: DocumentSet) -> String {
        let digest = SHA256.hash(data: canonicalJSON(files: files))
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The canonical JSON bytes the hash is taken over.
    public static func canonicalJSON(_ document: RawDocument) -> [UInt8] {
        canonicalJSON(files: document.files)
    }

    /// The canonical JSON bytes of a loaded set of files.
    public static func canonicalJSON(files: DocumentSet) -> [UInt8] {
        let plan = ReferencePlan(files: files)
        let capacity = files.sources.file(files.rootFile).bytes.count
        var emitter = CanonicalEmitter(plan: plan, capacity: capacity)
        return emitter.document()
    }
}
