import Foundation
import Logging
import SpeccAPI

/// Runs queued jobs one at a time. Each claim holds a lease; a server that dies mid-job leaves the lease to
/// run out and another worker (on PostgreSQL possibly another server) picks the job up again.
struct JobWorker: Sendable {
    let store: Store
    let signal: JobSignal
    let logger: Logger
    let id = "worker-" + UUID().uuidString.lowercased()
    var leaseSeconds: Double = 60
    var idlePoll: Duration = .seconds(1)

    func run() async {
        while !Task.isCancelled {
            do {
                if let job = try await store.claimJob(worker: id, leaseSeconds: leaseSeconds) {
                    await process(job)
                    continue
                }
            } catch {
                logger.error("could not claim a job", metadata: ["error": "\(RuntimeMiddleware.describe(error))"])
            }
            await signal.wait(timeout: idlePoll)
        }
    }

    /// Compares the run with the previous run of its service.
    func process(_ job: ClaimedJob) async {
        do {
            let current = try await store.endpointSignatures(runId: job.runId)
            guard try await store.reportProgress(job: job, worker: id, progress: 1) else { return }
            var previous: [String: EndpointSignature] = [:]
            if let previousId = job.previousRunId {
                previous = try await store.endpointSignatures(runId: previousId)
                guard try await store.reportProgress(job: job, worker: id, progress: 2) else { return }
            }
            try await store.completeJob(job, worker: id, result: Self.compare(previous: previous, current: current))
        } catch {
            logger.error("job failed", metadata: ["job": "\(job.id)", "error": "\(RuntimeMiddleware.describe(error))"])
            try? await store.failJob(job, worker: id, message: "the comparison could not be completed")
        }
    }

    /// Added, removed and changed endpoints, each sorted by path then method.
    static func compare(
        previous: [String: EndpointSignature], current: [String: EndpointSignature]
    ) -> Schemas.ScanComparison {
        func reference(_ signature: EndpointSignature) -> Schemas.EndpointReference {
            Schemas.EndpointReference(method: Schemas.HttpMethod(rawValue: signature.method), path: signature.path)
        }
        func sorted(_ list: [EndpointSignature]) -> [Schemas.EndpointReference] {
            list.sorted { ($0.path, $0.method) < ($1.path, $1.method) }.map(reference)
        }
        let added = current.filter { previous[$0.key] == nil }.map(\.value)
        let removed = previous.filter { current[$0.key] == nil }.map(\.value)
        let changed = current.compactMap { key, value in previous[key].flatMap { $0 == value ? nil : value } }
        return Schemas.ScanComparison(added: sorted(added), removed: sorted(removed), changed: sorted(changed))
    }
}
