/// Values a request carries from the middlewares into the handlers (task-local, so the generated handler
/// signatures stay as the contract makes them).
enum RequestScope {
    /// The authenticated caller.
    @TaskLocal static var caller: Caller?
    /// The client's IP address as the server saw it.
    @TaskLocal static var clientAddress: String?

    /// The caller, for handlers that only run after authentication.
    static func requireCaller() throws -> Caller {
        guard let caller else { throw APIFailure.unauthenticated }
        return caller
    }
}
