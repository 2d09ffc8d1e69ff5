import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// HTTP/1.1 over a plain socket, for requests URLSession will not make as wanted (a chunked body without
/// Content-Length, a chosen User-Agent). The blocking socket calls run on a thread of their own, never on the
/// concurrency pool the in-process server needs to answer; 10 s receive timeout; `Connection: close` ends it.
enum RawHTTP {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends `head` (request line and header lines, without the blank line) and then `body` as chunks of
    /// `chunkSize` bytes with `Transfer-Encoding: chunked`; returns status, lower-cased headers and the body.
    static func sendChunked(
        port: Int, head: [String], body: Data, chunkSize: Int = 4096
    ) async throws -> (status: Int, headers: [String: String], body: Data) {
        var request = Data((head + ["Transfer-Encoding: chunked", "Connection: close", "", ""]).joined(separator: "\r\n").utf8)
        var offset = 0
        while offset < body.count {
            let end = min(offset + chunkSize, body.count)
            request.append(Data((String(end - offset, radix: 16) + "\r\n").utf8))
            request.append(body[offset..<end])
            request.append(Data("\r\n".utf8))
            offset = end
        }
        request.append(Data("0\r\n\r\n".utf8))
        return try parse(try await onOwnThread(port: port, request: request))
    }

    /// A request without a body (`head` as in `sendChunked`).
    static func send(port: Int, head: [String]) async throws -> (status: Int, headers: [String: String], body: Data) {
        let request = Data((head + ["Connection: close", "", ""]).joined(separator: "\r\n").utf8)
        return try parse(try await onOwnThread(port: port, request: request))
    }

    /// `exchange` on a new thread.
    static func onOwnThread(port: Int, request: Data) async throws -> Data {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try exchange(port: port, request: request) })
            }
            thread.start()
        }
    }

    /// Writes `request` to 127.0.0.1:`port` and reads until the server closes the connection. With `pauseAfter`,
    /// stops after that many bytes, calls `paused` and sleeps `pause` seconds before sending the rest (a
    /// request the server has begun to read but not finished).
    static func exchange(
        port: Int, request: Data, pauseAfter: Int? = nil, pause: Double = 0, paused: @Sendable () -> Void = {}
    ) throws -> Data {
        #if os(Linux)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket() failed: \(errno)") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "connect() failed: \(errno)") }
        var sent = 0
        let bytes = [UInt8](request)
        var pausePending = pauseAfter != nil
        while sent < bytes.count {
            if pausePending, let limit = pauseAfter, sent >= limit {
                pausePending = false
                paused()
                Thread.sleep(forTimeInterval: pause)
            }
            let end = pausePending ? min(pauseAfter ?? bytes.count, bytes.count) : bytes.count
            let written = bytes[sent..<end].withUnsafeBytes { systemSend(descriptor, $0.baseAddress, $0.count) }
            // The server may answer (413) and close before it has read everything; keep what it said.
            guard written > 0 else { break }
            sent += written
        }
        var response = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            response.append(contentsOf: buffer[0..<count])
        }
        return response
    }

    private static func systemSend(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.send(descriptor, pointer, count, 0)
        #else
        Darwin.send(descriptor, pointer, count, 0)
        #endif
    }

    /// Status, headers and (de-chunked) body of a whole HTTP/1.1 response.
    static func parse(_ response: Data) throws -> (status: Int, headers: [String: String], body: Data) {
        let bytes = [UInt8](response)
        let separator = Array("\r\n\r\n".utf8)
        guard let split = (0..<max(bytes.count - 3, 0)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            throw Failure(description: "no complete response head in \(bytes.count) bytes")
        }
        let lines = String(decoding: bytes[0..<split], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure(description: "bad status line '\(lines.first ?? "")'")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(bytes[(split + 4)...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" {
            var decoded: [UInt8] = []
            var index = 0
            while index < body.count {
                guard let lineEnd = (index..<body.count - 1).first(where: { body[$0] == 13 && body[$0 + 1] == 10 }),
                    let size = Int(String(decoding: body[index..<lineEnd], as: UTF8.self), radix: 16)
                else { break }
                if size == 0 { break }
                let start = lineEnd + 2
                decoded += body[start..<min(start + size, body.count)]
                index = start + size + 2
            }
            body = decoded
        } else if let length = headers["content-length"].flatMap({ Int($0) }), length < body.count {
            body = Array(body[0..<length])
        }
        return (status, headers, Data(body))
    }
}
