/// The stable identity of a finding across runs, for SARIF `partialFingerprints`.
///
/// It hashes the id, the file and the message, never a line or column, so editing lines above a finding
/// does not make code scanning close its alert and open a new one. Two findings with the same id, file and
/// message are told apart by their occurrence number in output order (`…:1`, `…:2`), as GitHub's own line
/// hashes are. The hash is 64-bit FNV-1a over the UTF-8 bytes of `id NUL file NUL message`, printed as 16
/// lower-case hex digits: simple, dependency-free and identical on every platform and run.
struct FindingFingerprint {
    private var occurrences: [String: Int] = [:]

    /// The fingerprint of the next finding with this id, file and message.
    mutating func next(id: DiagnosticID, file: String?, message: String) -> String {
        let hash = Self.hash(id.rawValue + "\u{0}" + (file ?? "") + "\u{0}" + message)
        let count = occurrences[hash, default: 0] + 1
        occurrences[hash] = count
        return "\(hash):\(count)"
    }

    /// 64-bit FNV-1a of the UTF-8 bytes of `text`, as 16 hex digits.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
