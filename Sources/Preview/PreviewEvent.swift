/// What the preview tells its caller, which prints it.
public enum PreviewEvent: Sendable {
    /// A build finished (the first one, or a rebuild after a change); a usable one is now served, otherwise the
    /// last good site still is.
    case built(PreviewBuild, isRebuild: Bool)
    /// The server listens on `host` at `port` (the one picked when port 0 was asked for).
    case listening(host: String, port: Int)
}
