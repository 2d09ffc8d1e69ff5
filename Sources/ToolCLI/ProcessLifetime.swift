/// Keeps values alive until the process exits.
///
/// A validated GHES document is a few hundred thousand objects; freeing them one by one as the command
/// returns costs more than a tenth of the run, and the operating system reclaims the memory at exit anyway.
/// Commands hand their large results here just before returning (compilers do the same: clang's
/// -disable-free). Only the CLI does this; library code and tests free as usual.
enum ProcessLifetime {
    private final class Box<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Retains `value` for the rest of the process.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
