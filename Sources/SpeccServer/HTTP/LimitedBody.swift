import OpenAPIRuntime

/// A request body that stops with `TooLarge` once more than `maxBytes` arrived, for bodies without a
/// Content-Length (chunked) that the length check cannot judge up front.
enum LimitedBody {
    struct TooLarge: Error {}

    static func wrap(_ body: HTTPBody, maxBytes: Int) -> HTTPBody {
        if case .known(let length) = body.length, length <= maxBytes { return body }
        let sequence = Limited(base: body, maxBytes: maxBytes)
        return HTTPBody(sequence, length: body.length, iterationBehavior: .single)
    }

    struct Limited: AsyncSequence, Sendable {
        typealias Element = HTTPBody.ByteChunk
        let base: HTTPBody
        let maxBytes: Int

        func makeAsyncIterator() -> Iterator { Iterator(base: base.makeAsyncIterator(), maxBytes: maxBytes) }

        struct Iterator: AsyncIteratorProtocol {
            var base: HTTPBody.AsyncIterator
            let maxBytes: Int
            var seen = 0

            mutating func next() async throws -> HTTPBody.ByteChunk? {
                guard let chunk = try await base.next() else { return nil }
                seen += chunk.count
                if seen > maxBytes { throw TooLarge() }
                return chunk
            }
        }
    }
}
