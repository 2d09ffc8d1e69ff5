import Hummingbird

// Usage: BareHummingbird PORT. Serves GET /bare until killed.
let port = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 8090 : 8090
let router = Router()
router.get("/bare") { _, _ -> String in #"{"status":"ok"}"# }
var app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
app.logger.logLevel = .warning
try await app.runService()
