import ArgumentParser
import Foundation
import Logging
import Preview
import SpeccServer

/// `specc serve`: the reference runtime of the project's own contract.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the specc server: the contract in spec/openapi.yaml implemented through its generated handlers.",
        discussion: """
            Serves every operation of the specc server API (scans, services, API keys, service accounts, jobs, \
            the workspace application key) over HTTP, with the documentation site from --site under /docs. \
            Data is kept in SQLite by default (WAL, synchronous=FULL), in a file created with its folder; the \
            tables are created or upgraded on start.

            On an empty database the server creates an organization, its owner and an owner API key holding \
            admin:*, and prints that key once on standard output as 'owner key: <key>'. Only its SHA-256 digest \
            is stored, so copy it then. Every other message goes to standard error; log lines never contain keys.

            Log lines go to standard error, as text or (--log-format json) one JSON object per line with time, \
            level, logger, message and fields. At --log-level debug every request gets a line: operation, \
            method, route template, status, duration, key id (never the key) and client address.

            Requests are limited per key (--rate-limit per minute, 0 for no limit) and by body size \
            (--max-body-bytes). Ctrl-C (SIGINT) or SIGTERM stops the server after in-flight requests finish.

            Examples:
              specc serve
              specc serve --database sqlite:/var/lib/specc/specc.sqlite --port 9000
            """
    )

    @Option(name: .long, help: "sqlite:PATH or postgres://USER@HOST:PORT/DB (default: sqlite:.specc/specc.sqlite).")
    var database: String?

    @Option(name: .long, help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on; 0 picks a free one.")
    var port: Int = 8080

    @Option(name: .customLong("rate-limit"), help: "Requests per minute per key; 0 turns the limit off.")
    var rateLimit: Int = 600

    @Option(name: .customLong("max-body-bytes"), help: "Largest request body accepted; larger ones get 413.")
    var maxBodyBytes: Int = 8 * 1024 * 1024

    @Option(name: .long, help: "Folder of the generated documentation site, served under /docs.")
    var site: String = "site"

    @Option(name: .customLong("public-url"), help: "Base URL put in links the server returns (default: http://HOST:PORT).")
    var publicURL: String?

    @Option(name: .customLong("log-format"), help: "Log lines as 'text' or 'json' (one object per line).")
    var logFormat: String = "text"

    @Option(name: .customLong("log-level"), help: "Lowest level logged: trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    func validate() throws {
        guard LogFormat(rawValue: logFormat) != nil else {
            throw ValidationError("--log-format must be text or json, found '\(logFormat)'")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError(
                "--log-level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")), found '\(logLevel)'")
        }
        guard (0...65535).contains(port) else { throw ValidationError("port must be between 0 and 65535, found \(port)") }
        guard rateLimit >= 0 else { throw ValidationError("--rate-limit must be 0 or more, found \(rateLimit)") }
        guard maxBodyBytes >= 1024 else { throw ValidationError("--max-body-bytes must be at least 1024, found \(maxBodyBytes)") }
        if let database { _ = try Self.location(database) }
    }

    static func location(_ text: String) throws -> DatabaseLocation {
        do {
            return try DatabaseLocation(parsing: text)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        var configuration = RuntimeServer.Configuration()
        configuration.database = try database.map(Self.location) ?? .defaultSQLite
        configuration.host = host
        configuration.port = port
        configuration.rateLimit = rateLimit
        configuration.maxBodyBytes = maxBodyBytes
        configuration.siteDirectory = site
        let level = Logger.Level(rawValue: logLevel) ?? .info
        configuration.logLevel = level
        configuration.logger = (LogFormat(rawValue: logFormat) ?? .text).logger(label: "specc.serve", level: level)
        configuration.publicURL = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        if !PreviewServer.isLoopback(host) {
            PreviewCommand.report("specc: warning: listening on '\(host)', not a loopback address\n")
        }
        let server = RuntimeServer(configuration: configuration)
        let database = configuration.database
        do {
            try PreviewCommand.wait {
                try await server.run { event in
                    switch event {
                    case .ownerKey(let key):
                        FileHandle.standardOutput.write(Data("owner key: \(key)\n".utf8))
                    case .listening(let host, let port):
                        PreviewCommand.report("specc: serving http://\(host):\(port)/ (database \(database), docs at /docs)\n")
                    }
                }
            }
        } catch {
            PreviewCommand.report("specc: serve: \(error)\n")
            throw ExitCode(1)
        }
        PreviewCommand.report("specc: server stopped\n")
    }
}
